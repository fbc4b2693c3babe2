package supportbot.knowledge;

import java.util.List;
import java.util.Objects;

/** A symptom intent, how the bot names it back to the user, and the fixes to try, in order. */
public record Symptom(String intent, String summary, List<String> fixIds) {
    public Symptom {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(summary, "summary");
        fixIds = List.copyOf(fixIds);
    }
}
