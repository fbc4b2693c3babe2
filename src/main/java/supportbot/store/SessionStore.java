package supportbot.store;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.Optional;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Session;
import supportbot.dialog.State;

/**
 * Keeps each conversation's session. {@link #save} is one transaction: the session, the channel's last
 * applied update id, the log entry and the replies for the outbox are stored together, or not at all,
 * before it returns.
 */
public interface SessionStore extends Outbox, AutoCloseable {

    Optional<Stored> load(ConversationKey key);

    /** {@code outgoing}: the replies to deliver through the outbox; empty for a channel that shows them itself. */
    void save(Stored stored, LogEntry entry, List<Outgoing> outgoing);

    default void save(Stored stored, LogEntry entry) {
        save(stored, entry, List.of());
    }

    /** The event log of one conversation, oldest first. */
    List<LogEntry> log(ConversationKey key);

    /** Every log entry since {@code since}, one conversation after another, each oldest first. */
    void eachEvent(Instant since, Consumer<LogEntry> action);

    /** How many conversations stand in {@code state} now (open hand-offs, for a gauge). */
    long countInState(State state);

    /**
     * Held while one message of the conversation is handled, from loading its session to saving it: no other
     * instance of the bot sharing the store handles the same conversation meanwhile. Within one process the
     * channel's queue per chat does that already, so a store of one process holds nothing.
     */
    default Held lock(ConversationKey key) {
        return () -> { };
    }

    /**
     * A lease that one instance at a time holds among those sharing the store ({@code name}: polling Telegram,
     * sending the outbox). A store of one process has one instance: its lease is always held.
     */
    default Lease lease(String name) {
        return new Lease() {
            @Override
            public boolean tryTake() {
                return true;
            }

            @Override
            public boolean held() {
                return true;
            }

            @Override
            public void close() {
            }
        };
    }

    /** A lock, released by {@link #close}. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** See {@link #lease}. */
    interface Lease extends AutoCloseable {
        /** Takes the lease if no other instance holds it; true when this one holds it now. */
        boolean tryTake();

        /** Whether this instance still holds it (its hold on the database may have broken). */
        boolean held();

        @Override
        void close();
    }

    /** Throws when the store cannot be used now (its file gone, its database unreadable): for a readiness check. */
    default void ping() {
    }

    @Override
    default void close() {
    }

    /**
     * A session, the last channel update from the user applied to it (-1 when the channel has no update
     * ids), and the last update from the support chat applied to it.
     */
    record Stored(Session session, long lastUpdateId, long lastSupportUpdateId) {

        public Stored(Session session, long lastUpdateId) {
            this(session, lastUpdateId, -1);
        }

        public static Stored fresh(Session session) {
            return new Stored(session, -1);
        }
    }
}
