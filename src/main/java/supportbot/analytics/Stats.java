package supportbot.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Attempt;
import supportbot.dialog.Ending;
import supportbot.dialog.Step;
import supportbot.store.LogEntry;

/**
 * Reads the event log, one conversation after another, into a {@link StatsReport}. A problem runs from
 * the message that began it to the next one that did; how it ended is the log's ending (a hand-off after
 * running out of fixes counts as the hand-off), or, with none, abandoned once it has been idle longer than
 * {@code idleAfter} before {@code now}, else still open.
 */
public final class Stats {
    /** How a problem without an ending in the log counts. */
    public enum Unended { ABANDONED, OPEN }

    private final Instant now;
    private final Duration idleAfter;
    private final Map<String, Map<String, Long>> byIntent = new TreeMap<>();
    private final Map<String, Map<String, Long>> byFix = new TreeMap<>();
    private final Map<String, Map<String, Long>> byIntentAndFix = new TreeMap<>();
    private final Map<String, Map<String, Long>> leftOn = new TreeMap<>();
    private long helpful;
    private long notHelpful;
    private long handoffsOutsideProblems;
    private long handoffsRefused;

    private ConversationKey conversation;
    private Problem current;
    private String onOffer;

    /** A problem being read: what it is, the fix on offer, how it ended. */
    private static final class Problem {
        final String intent;
        String ending;
        String leftOn;
        Instant lastAt;

        Problem(String intent) {
            this.intent = intent;
        }
    }

    public Stats(Instant now, Duration idleAfter) {
        this.now = now;
        this.idleAfter = idleAfter;
    }

    /** Entries must come one conversation after another, each oldest first (as the store gives them). */
    public void add(LogEntry e) {
        if (!e.key().equals(conversation)) {
            finish();
            conversation = e.key();
            onOffer = null;
        }
        // Switching ends the problem before the one this message begins; any other ending is the new one's.
        if (e.endings().contains(Ending.SWITCHED)) {
            ended(Ending.SWITCHED.name());
        }
        if (e.began() != null) {
            finish();
            current = new Problem(e.began());
        }
        if (e.offered() != null) {
            count(e.intent(), e.offered(), "OFFERED");
        }
        for (String fixId : e.reopened()) {
            uncount(e.intent(), fixId, Attempt.Result.FIXED.name());
            if (current != null && Ending.RESOLVED.name().equals(current.ending)) {
                current.ending = null;   // not resolved after all: the problem goes on
            }
        }
        for (Step.Answered answered : e.answered()) {
            count(e.intent(), answered.fixId(), answered.result().name());
        }
        for (Ending ending : e.endings()) {
            if (ending == Ending.HANDOFF_FAILED) {
                handoffsRefused++;   // the hand-off itself was counted when it was asked for
            } else if (ending != Ending.SWITCHED) {
                ended(ending.name());
            }
        }
        if (e.helpful() != null) {
            if (e.helpful()) {
                helpful++;
            } else {
                notHelpful++;
            }
        }
        if (current != null) {
            current.lastAt = e.at();
        }
        onOffer = e.fix();
    }

    private void ended(String ending) {
        boolean open = current != null && current.ending == null;
        boolean handedOffAfterwards = current != null && Ending.HANDED_OFF.name().equals(ending)
                && Ending.OUT_OF_FIXES.name().equals(current.ending);
        if (open || handedOffAfterwards) {
            current.ending = ending;
            current.leftOn = onOffer;
        } else if (Ending.HANDED_OFF.name().equals(ending)) {
            handoffsOutsideProblems++;
        }
    }

    /** Counts what happened to a fix ("OFFERED" or an attempt's result), overall and for the problem. */
    private void count(String intent, String fixId, String what) {
        byFix.computeIfAbsent(fixId, k -> new TreeMap<>()).merge(what, 1L, Long::sum);
        byIntentAndFix.computeIfAbsent((intent == null ? "-" : intent) + " " + fixId, k -> new TreeMap<>())
                .merge(what, 1L, Long::sum);
    }

    private void uncount(String intent, String fixId, String what) {
        byFix.computeIfAbsent(fixId, k -> new TreeMap<>()).merge(what, -1L, Long::sum);
        byIntentAndFix.computeIfAbsent((intent == null ? "-" : intent) + " " + fixId, k -> new TreeMap<>())
                .merge(what, -1L, Long::sum);
    }

    private void finish() {
        if (current == null) {
            return;
        }
        String ending = current.ending != null ? current.ending
                : current.lastAt.isBefore(now.minus(idleAfter)) ? Unended.ABANDONED.name() : Unended.OPEN.name();
        byIntent.computeIfAbsent(current.intent, k -> new TreeMap<>()).merge(ending, 1L, Long::sum);
        boolean left = ending.equals(Ending.STOPPED.name()) || ending.equals(Ending.SWITCHED.name())
                || ending.equals(Unended.ABANDONED.name());
        if (left) {
            String where = ending.equals(Unended.ABANDONED.name()) ? onOffer : current.leftOn;
            leftOn.computeIfAbsent(where == null ? "(no fix on offer)" : where, k -> new TreeMap<>()).merge(ending, 1L, Long::sum);
        }
        current = null;
    }

    public StatsReport report() {
        finish();
        List<StatsReport.IntentRow> intents = new ArrayList<>();
        byIntent.forEach((intent, endings) -> intents.add(StatsReport.IntentRow.of(intent, endings)));
        Map<String, Long> total = new TreeMap<>();
        byIntent.values().forEach(m -> m.forEach((k, v) -> total.merge(k, v, Long::sum)));
        List<StatsReport.FixRow> fixes = new ArrayList<>();
        byFix.forEach((fix, counts) -> fixes.add(StatsReport.FixRow.of(null, fix, counts)));
        List<StatsReport.FixRow> intentFixes = new ArrayList<>();
        byIntentAndFix.forEach((key, counts) -> intentFixes.add(StatsReport.FixRow.of(key.split(" ")[0], key.split(" ")[1], counts)));
        List<StatsReport.DropOff> dropOffs = new ArrayList<>();
        leftOn.forEach((fix, how) -> dropOffs.add(new StatsReport.DropOff(fix,
                how.getOrDefault(Ending.STOPPED.name(), 0L), how.getOrDefault(Ending.SWITCHED.name(), 0L),
                how.getOrDefault(Unended.ABANDONED.name(), 0L))));
        dropOffs.sort(Comparator.comparingLong(StatsReport.DropOff::total).reversed());
        return new StatsReport(StatsReport.IntentRow.of("all", total), intents, fixes, intentFixes, dropOffs,
                helpful, notHelpful, handoffsOutsideProblems, handoffsRefused);
    }
}
