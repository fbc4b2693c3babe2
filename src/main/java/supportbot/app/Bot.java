package supportbot.app;

import java.util.List;
import supportbot.dialog.DialogEngine;
import supportbot.dialog.Event;
import supportbot.dialog.Outcome;
import supportbot.dialog.Reply;
import supportbot.dialog.Session;
import supportbot.store.SessionStore;

/**
 * One message's way through the bot: load the session, let the engine decide, store the new session,
 * and only then hand back the replies to send. Callers keep the messages of one conversation in order.
 */
public final class Bot {
    private final DialogEngine engine;
    private final SessionStore store;

    public Bot(DialogEngine engine, SessionStore store) {
        this.engine = engine;
        this.store = store;
    }

    public List<Reply> handle(Event event) {
        Session session = store.load(event.key()).orElseGet(() -> Session.start(event.key()));
        Outcome outcome = engine.handle(session, event);
        store.save(outcome.session());
        return outcome.replies();
    }
}
