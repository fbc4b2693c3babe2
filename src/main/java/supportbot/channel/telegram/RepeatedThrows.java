package supportbot.channel.telegram;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often in a row each reply's send threw the same exception. A reply that throws (a bug, an update
 * nobody foresaw) is tried again like a failed send, in case the cause passes; the same exception three
 * times is no passing trouble, and the reply is given up. Kept in memory: after a restart a reply has its
 * three tries again.
 */
final class RepeatedThrows {
    static final int GIVE_UP_AT = 3;

    private record Count(String why, int times) {
    }

    private final Map<Long, Count> byReply = new ConcurrentHashMap<>();

    /** Counts a throw of reply {@code id}; how many times in a row it threw this way. */
    int count(long id, String why) {
        return byReply.merge(id, new Count(why, 1),
                (before, now) -> before.why().equals(why) ? new Count(why, before.times() + 1) : now).times();
    }

    /** The reply's send ran to an end (sent, failed, refused) or it was given up: the count starts again. */
    void clear(long id) {
        byReply.remove(id);
    }
}
