package supportbot.store;

import java.time.Instant;
import supportbot.dialog.ConversationKey;

/**
 * A reply waiting in the outbox: its id (the order of a conversation's replies), when it was stored, how
 * many sends failed so far, and how many of its parts (a long text goes out in several) Telegram accepted.
 */
public record Queued(long id, ConversationKey key, Outgoing outgoing, Instant createdAt, int attempts, int partsSent) {
}
