package supportbot.store;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Session;

/** Sessions in memory, for tests and for a console chat that need not outlive the process. */
public final class InMemorySessionStore implements SessionStore {
    private final ConcurrentHashMap<ConversationKey, Session> sessions = new ConcurrentHashMap<>();

    @Override
    public Optional<Session> load(ConversationKey key) {
        return Optional.ofNullable(sessions.get(key));
    }

    @Override
    public void save(Session session) {
        sessions.put(session.key(), session);
    }
}
