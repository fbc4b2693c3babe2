package supportbot.store;

import java.util.Optional;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Session;

/** Keeps each conversation's session. {@link #save} returns only once the session is stored. */
public interface SessionStore extends AutoCloseable {

    Optional<Session> load(ConversationKey key);

    void save(Session session);

    @Override
    default void close() {
    }
}
