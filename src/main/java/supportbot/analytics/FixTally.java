package supportbot.analytics;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import supportbot.dialog.Attempt;
import supportbot.dialog.FixResults;
import supportbot.store.LogEntry;
import supportbot.store.SessionStore;

/**
 * How often each fix worked for each problem, counted from the event log at start-up and kept up to date
 * as conversations go on. Worked: the user said fixed, or the status check found Apple's side down (the
 * cause, found). Failed: not fixed, or the status check was fine. Skipped and declined fixes say nothing.
 */
public final class FixTally implements FixResults {
    private final Map<String, AtomicLongArray> counts = new ConcurrentHashMap<>();

    /** Counts every outcome the store's log still holds. */
    public static FixTally from(SessionStore store) {
        FixTally tally = new FixTally();
        store.eachEvent(Instant.EPOCH, tally::record);
        return tally;
    }

    public void record(LogEntry entry) {
        if (entry.outcome() == null || entry.intent() == null) {
            return;
        }
        for (String answered : entry.outcome().split(",")) {
            int colon = answered.lastIndexOf(':');
            if (colon < 0) {
                continue;
            }
            String fixId = answered.substring(0, colon);
            Attempt.Result result;
            try {
                result = Attempt.Result.valueOf(answered.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                continue;   // written by another version: not a result this one knows
            }
            int slot = switch (result) {
                case FIXED, OUTAGE -> 0;
                case NOT_FIXED, CHECK_OK -> 1;
                default -> -1;
            };
            if (slot >= 0) {
                counts.computeIfAbsent(entry.intent() + "/" + fixId, k -> new AtomicLongArray(2)).incrementAndGet(slot);
            }
        }
    }

    /** The counts as they are now, unchanging: what one message's engine call sees. */
    public FixResults snapshot() {
        Map<String, Tally> now = new HashMap<>();
        counts.forEach((key, c) -> now.put(key, new Tally(c.get(0), c.get(1))));
        return (intent, fixId) -> now.getOrDefault(intent + "/" + fixId, Tally.NONE);
    }

    @Override
    public Tally of(String intent, String fixId) {
        AtomicLongArray c = counts.get(intent + "/" + fixId);
        return c == null ? Tally.NONE : new Tally(c.get(0), c.get(1));
    }
}
