package supportbot.store;

import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;
import supportbot.dialog.Attempt;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Ending;
import supportbot.dialog.Event;
import supportbot.dialog.Outcome;
import supportbot.dialog.Secrets;
import supportbot.dialog.Session;

/**
 * One line of a conversation's event log: what the user said and what it led to.
 *
 * @param outcome "fix-id:RESULT" for each fix this message answered (comma-separated), else null
 * @param began   the intent of a problem work began on, else null
 * @param offered the fix put on offer, else null
 * @param ending  how work on the problem ended ({@link Ending}), else null
 * @param helpful the answer to "Was this helpful?", else null
 */
public record LogEntry(
        ConversationKey key, Instant at, String said, String intent, double confidence,
        String fix, String state, String outcome, String began, String offered, String ending, Boolean helpful) {

    public LogEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(said, "said");
        Objects.requireNonNull(state, "state");
    }

    /** Describes the step from {@code before} to the outcome's session that {@code event} caused. */
    public static LogEntry of(Event event, Session before, Outcome outcome) {
        Session after = outcome.session();
        String said = event.input() instanceof Event.Input.Text text ? Secrets.mask(text.text())
                : event.input() instanceof Event.Input.FromAgent agent ? "[agent " + agent.agent() + "] " + Secrets.mask(agent.text())
                : event.input() instanceof Event.Input.Press press ? "[button] " + press.data()
                : event.input() instanceof Event.Input.Attachment ? "[attachment]"
                : "[support chat unreachable]";
        String answered = after.attempts().size() > before.attempts().size()
                ? after.attempts().subList(before.attempts().size(), after.attempts().size()).stream()
                        .map(LogEntry::describe).collect(Collectors.joining(","))
                : null;
        String offered = after.fix() != null && !after.fix().equals(before.fix()) ? after.fix() : null;
        Boolean helpful = outcome.rating() == null ? null : outcome.rating() == Outcome.Rating.HELPFUL;
        return new LogEntry(event.key(), event.at(), said, after.intent(), after.confidence(), after.fix(),
                after.state().name(), answered, Ending.began(before, after).orElse(null), offered,
                Ending.of(event.input(), before, after).map(Ending::name).orElse(null), helpful);
    }

    private static String describe(Attempt attempt) {
        return attempt.fixId() + ":" + attempt.result().name();
    }
}
