package supportbot.analytics;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import supportbot.dialog.Step;
import supportbot.dialog.FixResults;
import supportbot.store.LogEntry;
import supportbot.store.SessionStore;

/**
 * How often each fix worked for each problem, counted from the event log at start-up and kept up to date
 * as conversations go on. Worked: the user said fixed, or the status check found Apple's side down (the
 * cause, found). Failed: not fixed, or the status check was fine. Skipped and declined fixes say nothing.
 */
public final class FixTally implements FixResults {
    /**
     * Replaced, never changed, on each outcome (far rarer than messages): a snapshot for every message
     * is then just this reference.
     */
    private volatile Map<String, Tally> counts = Map.of();

    /** Counts every outcome the store's log still holds. */
    public static FixTally from(SessionStore store) {
        Map<String, Tally> counts = new HashMap<>();
        store.eachEvent(Instant.EPOCH, entry -> outcomes(entry, (key, worked) -> add(counts, key, worked)));
        FixTally tally = new FixTally();
        tally.counts = Map.copyOf(counts);
        return tally;
    }

    public void record(LogEntry entry) {
        outcomes(entry, this::count);
    }

    /** Each fix outcome of the entry that says whether the fix worked: ("intent/fix", worked). */
    private static void outcomes(LogEntry entry, BiConsumer<String, Boolean> each) {
        if (entry.intent() == null) {
            return;
        }
        for (Step.Answered answered : entry.answered()) {
            switch (answered.result()) {
                case FIXED, OUTAGE -> each.accept(entry.intent() + "/" + answered.fixId(), true);
                case NOT_FIXED, CHECK_OK -> each.accept(entry.intent() + "/" + answered.fixId(), false);
                default -> { }   // skipped, declined, interrupted: says nothing about whether it works
            }
        }
    }

    private synchronized void count(String key, boolean worked) {
        Map<String, Tally> next = new HashMap<>(counts);
        add(next, key, worked);
        counts = Map.copyOf(next);
    }

    private static void add(Map<String, Tally> counts, String key, boolean worked) {
        Tally was = counts.getOrDefault(key, Tally.NONE);
        counts.put(key, worked ? new Tally(was.worked() + 1, was.failed()) : new Tally(was.worked(), was.failed() + 1));
    }

    /** The counts as they are now, unchanging: what one message's engine call sees. */
    public FixResults snapshot() {
        Map<String, Tally> now = counts;
        return (intent, fixId) -> now.getOrDefault(intent + "/" + fixId, Tally.NONE);
    }

    @Override
    public Tally of(String intent, String fixId) {
        return counts.getOrDefault(intent + "/" + fixId, Tally.NONE);
    }
}
