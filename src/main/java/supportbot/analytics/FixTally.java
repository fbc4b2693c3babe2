package supportbot.analytics;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import supportbot.dialog.Step;
import supportbot.dialog.FixResults;
import supportbot.knowledge.Branch;
import supportbot.knowledge.Fix;
import supportbot.knowledge.KnowledgeBase;
import supportbot.store.LogEntry;
import supportbot.store.SessionStore;

/**
 * How often each fix worked for each problem, counted from the event log at start-up and kept up to date
 * as conversations go on. Worked: the user said fixed. Failed: not fixed, or a check ruled its cause out (the
 * status dot was green). A check's answer that means waiting (Apple's side is down) counts as its knowledge
 * says. Skipped and declined fixes say nothing.
 */
public final class FixTally implements FixResults {
    /**
     * Replaced, never changed, on each outcome (far rarer than messages): a snapshot for every message
     * is then just this reference.
     */
    private volatile Map<String, Tally> counts = Map.of();
    private final KnowledgeBase knowledge;

    public FixTally(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** Counts every outcome the store's log still holds. */
    public static FixTally from(SessionStore store, KnowledgeBase knowledge) {
        Map<String, Tally> counts = new HashMap<>();
        FixTally tally = new FixTally(knowledge);
        store.eachEvent(Instant.EPOCH, entry -> tally.outcomes(entry, (key, worked) -> add(counts, key, worked)));
        tally.counts = Map.copyOf(counts);
        return tally;
    }

    public void record(LogEntry entry) {
        outcomes(entry, this::count);
    }

    /** What one outcome does to a fix's counts. */
    private enum Count { WORKED, FAILED, WORKED_WITHDRAWN }

    /** Each fix outcome of the entry that says whether the fix worked: ("intent/fix", count). */
    private void outcomes(LogEntry entry, BiConsumer<String, Count> each) {
        if (entry.intent() == null) {
            return;
        }
        // "It still fails" after "fixed": that "worked" is taken back (the failure comes as its own answer).
        entry.reopened().forEach(fixId -> each.accept(entry.intent() + "/" + fixId, Count.WORKED_WITHDRAWN));
        for (Step.Answered answered : entry.answered()) {
            switch (answered.result()) {
                case FIXED -> each.accept(entry.intent() + "/" + answered.fixId(), Count.WORKED);
                case NOT_FIXED, CHECK_OK -> each.accept(entry.intent() + "/" + answered.fixId(), Count.FAILED);
                case OUTAGE -> waitCounts(answered.fixId()).ifPresent(c -> each.accept(entry.intent() + "/" + answered.fixId(), c));
                default -> { }   // skipped, declined, interrupted: says nothing about whether it works
            }
        }
    }

    /** How the check's waiting answer counts; nothing for a fix that is no longer a check. */
    private java.util.Optional<Count> waitCounts(String fixId) {
        Fix fix = knowledge.fixes().get(fixId);
        if (fix == null || !(fix.branch() instanceof Branch.Check check)) {
            return java.util.Optional.empty();
        }
        return switch (check.waitCounts()) {
            case WORKED -> java.util.Optional.of(Count.WORKED);
            case FAILED -> java.util.Optional.of(Count.FAILED);
            case NEITHER -> java.util.Optional.empty();
        };
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
