package supportbot.knowledge;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A symptom intent, how the bot names it back to the user (in a sentence, and on a button), the fixes to
 * try, in order, and the phrases it says differently for this symptom (a photo problem is no backup).
 */
public record Symptom(String intent, String summary, String label, List<String> fixIds, Map<Phrase, String> phrases) {
    public Symptom {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(label, "label");
        fixIds = List.copyOf(fixIds);
        phrases = phrases.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(phrases));
    }
}
