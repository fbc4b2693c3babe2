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

    /** What one outcome does to a fix's counts. */
    private enum Count { WORKED, FAILED, WORKED_WITHDRAWN }

    /** Each fix outcome of the entry that says whether the fix worked: ("intent/fix", count). */
    private static void outcomes(LogEntry entry, BiConsumer<String, Count> each) {
        if (entry.intent() == null) {
            return;
        }
        // "It still fails" after "fixed": that "worked" is taken back (the failure comes as its own answer).
        entry.reopened().forEach(fixId -> each.accept(entry.intent() + "/" + fixId, Count.WORKED_WITHDRAWN));
        for (Step.Answered answered : entry.answered()) {
            switch (answered.result()) {
                case FIXED, OUTAGE -> each.accept(entry.intent() + "/" + answered.fixId(), Count.WORKED);
                case NOT_FIXED, CHECK_OK -> each.accept(entry.intent() + "/" + answered.fixId(), Count.FAILED);
                default -> { }   // skipped, declined, interrupted: says nothing about whether it works
            }
        }
    }

    private synchronized void count(String key, Count count) {
        Map<String, Tally> next = new HashMap<>(counts);
        add(next, key, count);
        counts = Map.copyOf(next);
    }

    private static void add(Map<String, Tally> counts, String key, Count count) {
        Tally was = counts.getOrDefault(key, Tally.NONE);
        counts.put(key, switch (count) {
            case WORKED -> new Tally(was.worked() + 1, was.failed());
            case FAILED -> new Tally(was.worked(), was.failed() + 1);
            case WORKED_WITHDRAWN -> new Tally(Math.max(0, was.worked() - 1), was.failed());
        });
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
