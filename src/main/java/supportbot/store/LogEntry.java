package supportbot.store;

import java.time.Instant;
import java.util.Objects;
import java.util.List;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Ending;
import supportbot.dialog.Event;
import supportbot.dialog.Outcome;
import supportbot.dialog.Secrets;
import supportbot.dialog.Session;
import supportbot.dialog.Step;

/**
 * One line of a conversation's event log: what the user said and what it led to.
 *
 * @param answered each fix this message answered, and how
 * @param reopened each fix whose earlier "fixed" this message withdrew
 * @param began    the intent of a problem work began on, else null
 * @param offered  the fix put on offer, else null
 * @param endings  how work on problems ended, in order: usually none or one (a switch to a problem whose
 *                 fixes were all tried ends two)
 * @param helpful the answer to "Was this helpful?", else null
 */
public record LogEntry(
        ConversationKey key, Instant at, String said, String intent, double confidence,
        String fix, String state, List<Step.Answered> answered, List<String> reopened, String began, String offered, List<Ending> endings, Boolean helpful) {

    /**
     * What is kept of a message: enough to read it again (a problem in words is a sentence or two; the problem
     * text keeps 500 by default), not a pasted log or a crafted megabyte.
     */
    static final int MAX_SAID = 1_000;

    public LogEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(said, "said");
        Objects.requireNonNull(state, "state");
        answered = List.copyOf(answered);
        reopened = List.copyOf(reopened);
        endings = List.copyOf(endings);
    }

    /** What {@code event} said and what the engine reports it did ({@link Outcome#steps()}). */
    public static LogEntry of(Event event, Outcome outcome) {
        Session after = outcome.session();
        String said = event.input() instanceof Event.Input.Text text ? Secrets.kept(text.text(), MAX_SAID)
                : event.input() instanceof Event.Input.FromAgent agent ? "[agent " + agent.agent() + "] " + Secrets.kept(agent.text(), MAX_SAID)
                : event.input() instanceof Event.Input.Press press ? "[button] " + press.data()
                : event.input() instanceof Event.Input.Attachment ? "[attachment]"
                : "[support chat unreachable]";
        String began = outcome.stepsOf(Step.Began.class).stream().map(Step.Began::intent).reduce((a, b) -> b).orElse(null);
        String offered = outcome.stepsOf(Step.Offered.class).stream().map(Step.Offered::fixId).reduce((a, b) -> b).orElse(null);
        Boolean helpful = outcome.stepsOf(Step.Rated.class).stream().map(Step.Rated::helpful).reduce((a, b) -> b).orElse(null);
        return new LogEntry(event.key(), event.at(), said, after.intent(), after.confidence(), after.fix(),
                after.state().name(), outcome.stepsOf(Step.Answered.class),
                outcome.stepsOf(Step.Reopened.class).stream().map(Step.Reopened::fixId).toList(), began, offered,
                outcome.stepsOf(Step.Ended.class).stream().map(Step.Ended::ending).toList(), helpful);
    }
}
