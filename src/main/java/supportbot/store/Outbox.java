package supportbot.store;

import java.time.Instant;
import java.util.List;
import supportbot.dialog.ConversationKey;

/**
 * Replies waiting to be sent. {@link SessionStore#save} stores a message's replies here in the same
 * transaction as the session; a channel's sender takes them out in order and marks each one as soon as
 * it is delivered, so after a crash only the unsent ones go out. A conversation's replies to the user and
 * its replies to the support chat are two queues: one waits for the other to go out only within itself.
 */
public interface Outbox {

    /** Replies stored apart from a message (a notice from the sender itself), in order. */
    void enqueue(ConversationKey key, List<Outgoing> outgoing, Instant at);

    /**
     * The first unsent reply of each queue whose next attempt is due, soonest due first, at most {@code limit}.
     * A queue whose first reply is waiting for a retry offers nothing: the order of a chat is kept.
     */
    List<Queued> due(Instant now, int limit);

    /** The first {@code parts} parts of a reply were delivered; after a crash the rest go out. */
    void partsSent(long id, int parts);

    void sent(long id, Instant at);

    /** A send failed for now: try again at {@code next}. */
    void retryAt(long id, Instant next, String why);

    /** Not sent yet, for no fault of the send (a rate limit): offer it again at {@code next}, no try counted. */
    void postpone(long id, Instant next);

    /** Removes the replies sent over a day before {@code now}: they are kept a while only to look into a complaint. */
    void purgeSent(Instant now);

    /** A reply that will never be delivered (the user blocked the bot, the chat is gone, or it waited too long). */
    void dropped(long id, Instant at, String why);

    /**
     * A reply dropped by the sender's own decision, not Telegram's: it failed until it was too old, or its send
     * threw the same way again and again. Counted apart in the {@link Backlog}.
     */
    default void gaveUp(long id, Instant at, String why) {
        dropped(id, at, GAVE_UP + why);
    }

    /** How a given-up reply's reason starts where the store keeps it. */
    String GAVE_UP = "gave up: ";

    Backlog backlog();

    /**
     * What is waiting: how many replies, the oldest one's time (null when none), how many were dropped (refused
     * by Telegram or given up) and how many of those were given up.
     */
    record Backlog(int pending, Instant oldest, int dropped, int givenUp) {
    }
}
