package supportbot.app;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import supportbot.dialog.DialogEngine;
import supportbot.dialog.Event;
import supportbot.dialog.Outcome;
import supportbot.dialog.Reply;
import supportbot.dialog.Session;
import supportbot.dialog.State;
import supportbot.store.LogEntry;
import supportbot.store.SessionStore;
import supportbot.store.SessionStore.Stored;

/**
 * One message's way through the bot: load the session, let the engine decide, store the new session
 * (with the update id and the log entry, in one transaction), and only then hand back the replies.
 * Callers keep the messages of one conversation in order; different conversations may run in parallel.
 */
public final class Bot {
    private static final Logger log = LoggerFactory.getLogger(Bot.class);

    private final DialogEngine engine;
    private final SessionStore store;
    private final String apology;

    public Bot(DialogEngine engine, SessionStore store, String apology) {
        this.engine = engine;
        this.store = store;
        this.apology = apology;
    }

    /** A message from a channel without update ids (the console). */
    public List<Reply> handle(Event event) {
        return handle(event, -1);
    }

    /**
     * A message with the channel's update id: an update at or below the last one applied to this
     * conversation was applied already (Telegram re-delivers after a crash), and is dropped.
     */
    public List<Reply> handle(Event event, long updateId) {
        try {
            Stored stored = store.load(event.key()).orElseGet(() -> Stored.fresh(Session.start(event.key())));
            if (updateId >= 0 && updateId <= stored.lastUpdateId()) {
                log.info("update {} for {} was applied already; dropped", updateId, event.key());
                return List.of();
            }
            Outcome outcome = engine.handle(stored.session(), event);
            long applied = Math.max(updateId, stored.lastUpdateId());
            store.save(new Stored(outcome.session(), applied), LogEntry.of(event, stored.session(), outcome.session()));
            return outcome.replies();
        } catch (RuntimeException e) {
            // The session was not saved: the user may simply try again. Never a stack trace in the chat.
            log.error("message {} of {} failed", event.messageId(), event.key(), e);
            return List.of(new Reply(apology, List.of(), null, null, State.AWAITING_PROBLEM));
        }
    }

    public SessionStore store() {
        return store;
    }
}
