package supportbot.store;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.Optional;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Reply;
import supportbot.dialog.Session;

/**
 * Keeps each conversation's session. {@link #save} is one transaction: the session, the channel's last
 * applied update id and the log entry are stored together, or not at all, before it returns.
 */
public interface SessionStore extends AutoCloseable {

    Optional<Stored> load(ConversationKey key);

    void save(Stored stored, LogEntry entry);

    /** The event log of one conversation, oldest first. */
    List<LogEntry> log(ConversationKey key);

    /** Every log entry since {@code since}, one conversation after another, each oldest first. */
    void eachEvent(Instant since, Consumer<LogEntry> action);

    @Override
    default void close() {
    }

    /**
     * A session, the last channel update from the user applied to it (-1 when the channel has no update
     * ids), the replies that update produced, and the last update from the support chat applied to it.
     */
    record Stored(Session session, long lastUpdateId, List<Reply> lastReplies, long lastSupportUpdateId) {
        public Stored {
            lastReplies = List.copyOf(lastReplies);
        }

        public Stored(Session session, long lastUpdateId, List<Reply> lastReplies) {
            this(session, lastUpdateId, lastReplies, -1);
        }

        public Stored(Session session, long lastUpdateId) {
            this(session, lastUpdateId, List.of());
        }

        public static Stored fresh(Session session) {
            return new Stored(session, -1);
        }
    }
}
