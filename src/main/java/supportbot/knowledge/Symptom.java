package supportbot.knowledge;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A symptom intent, how the bot names it back to the user (in a sentence, and on a button), the fixes to
 * try, in order, the phrases it says differently for this symptom (a photo problem is no backup), and the
 * fixes it explains in its own words (why, details).
 */
public record Symptom(String intent, String summary, String label, List<String> fixIds, Map<Phrase, String> phrases,
                      Map<String, Wording> wording) {
    public Symptom {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(label, "label");
        fixIds = List.copyOf(fixIds);
        phrases = phrases.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(phrases));
        wording = Map.copyOf(wording);
    }

    public Symptom(String intent, String summary, String label, List<String> fixIds, Map<Phrase, String> phrases) {
        this(intent, summary, label, fixIds, phrases, Map.of());
    }

    /** A fix's "why" and "details" as this symptom says them; null keeps the fix's own. */
    public record Wording(String why, String details) {
    }

    /** The fix as this symptom presents it. */
    public Fix worded(Fix fix) {
        Wording own = wording.get(fix.id());
        return own == null ? fix : new Fix(fix.id(), fix.title(), own.why() != null ? own.why() : fix.why(), fix.steps(),
                own.details() != null ? own.details() : fix.details(), fix.branch(), fix.alreadyDone(), fix.answers());
    }
}
