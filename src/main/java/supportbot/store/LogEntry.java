package supportbot.store;

import java.time.Instant;
import java.util.Objects;
import supportbot.dialog.Attempt;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Event;
import supportbot.dialog.Secrets;
import supportbot.dialog.Session;

/** One line of a conversation's event log: what the user said and what it led to. */
public record LogEntry(
        ConversationKey key, Instant at, String said, String intent, double confidence,
        String fix, String state, String outcome) {

    public LogEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(said, "said");
        Objects.requireNonNull(state, "state");
    }

    /** Describes the step from {@code before} to {@code after} that {@code event} caused. */
    public static LogEntry of(Event event, Session before, Session after) {
        String said = event.input() instanceof Event.Input.Text text
                ? Secrets.mask(text.text())
                : "[button] " + ((Event.Input.Press) event.input()).data();
        String outcome = after.attempts().size() > before.attempts().size()
                ? describe(after.attempts().get(after.attempts().size() - 1))
                : null;
        return new LogEntry(event.key(), event.at(), said, after.intent(), after.confidence(), after.fix(),
                after.state().name(), outcome);
    }

    private static String describe(Attempt attempt) {
        return attempt.fixId() + ":" + attempt.result().name();
    }
}
