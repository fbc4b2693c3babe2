package supportbot.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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

    static final Duration CAME_BACK_WITHIN = Duration.ofDays(7);

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

    /** Per day (the day a problem began, UTC): problems begun and how they ended. */
    private final Map<LocalDate, Map<String, Long>> byDay = new TreeMap<>();
    /** Per intent, per fix position (1st fix offered, 2nd, ...): how often it was reached, and what came of it. */
    private final Map<String, Map<Integer, Map<String, Long>>> funnel = new TreeMap<>();
    /** Every resolved problem, to see at the end which had a week to come back, and which did. */
    private final List<Problem> resolvedAll = new ArrayList<>();

    private ConversationKey conversation;
    private Problem current;
    private String onOffer;
    /** The conversation's resolved problems, to see whether the same one came back within a week. */
    private final List<Problem> resolvedHere = new ArrayList<>();

    /** A problem being read: what it is, the fixes offered in order and what each came to, how it ended. */
    private static final class Problem {
        final String intent;
        final Instant began;
        final List<String> offered = new ArrayList<>();
        final Map<String, String> results = new HashMap<>();
        String ending;
        String leftOn;
        Instant lastAt;
        boolean cameBack;

        Problem(String intent, Instant began) {
            this.intent = intent;
            this.began = began;
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
            resolvedHere.clear();
        }
        // Switching ends the problem before the one this message begins; any other ending is the new one's.
        if (e.endings().contains(Ending.SWITCHED)) {
            ended(Ending.SWITCHED.name());
        }
        if (e.began() != null) {
            finish();
            current = new Problem(e.began(), e.at());
            noteComingBack(current);
        }
        if (e.offered() != null) {
            count(e.intent(), e.offered(), "OFFERED");
            if (current != null && !current.offered.contains(e.offered())) {
                current.offered.add(e.offered());
            }
        }
        for (String fixId : e.reopened()) {
            uncount(e.intent(), fixId, Attempt.Result.FIXED.name());
            if (current != null && Ending.RESOLVED.name().equals(current.ending)) {
                current.ending = null;   // not resolved after all: the problem goes on
            }
        }
        for (Step.Answered answered : e.answered()) {
            count(e.intent(), answered.fixId(), answered.result().name());
            if (current != null) {
                current.results.put(answered.fixId(), answered.result().name());
            }
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
        Map<String, Long> day = byDay.computeIfAbsent(LocalDate.ofInstant(current.began, ZoneOffset.UTC), k -> new TreeMap<>());
        day.merge("BEGUN", 1L, Long::sum);
        day.merge(ending, 1L, Long::sum);
        countFunnel(current, ending);
        if (ending.equals(Ending.RESOLVED.name())) {
            resolvedHere.add(current);
            resolvedAll.add(current);
        }
        boolean left = ending.equals(Ending.STOPPED.name()) || ending.equals(Ending.SWITCHED.name())
                || ending.equals(Unended.ABANDONED.name());
        if (left) {
            String where = ending.equals(Unended.ABANDONED.name()) ? onOffer : current.leftOn;
            leftOn.computeIfAbsent(where == null ? "(no fix on offer)" : where, k -> new TreeMap<>()).merge(ending, 1L, Long::sum);
        }
        current = null;
    }

    /** A problem that begins within a week of the same one being resolved in this conversation: it did not last. */
    private void noteComingBack(Problem begun) {
        for (Problem resolved : resolvedHere) {
            if (!resolved.cameBack && resolved.intent.equals(begun.intent)
                    && Duration.between(resolved.lastAt, begun.began).compareTo(CAME_BACK_WITHIN) <= 0) {
                resolved.cameBack = true;
            }
        }
    }

    /**
     * Each fix the problem reached, by its position, and what came of it: fixed, not fixed (also a check that
     * found Apple's side fine, or a step declined), skipped (already tried), or left (the problem ended
     * there without an answer).
     */
    private void countFunnel(Problem p, String ending) {
        if (ending.equals(Unended.OPEN.name())) {
            return;   // still being worked on: where it ends is not known yet
        }
        Map<Integer, Map<String, Long>> steps = funnel.computeIfAbsent(p.intent, k -> new TreeMap<>());
        for (int i = 0; i < p.offered.size(); i++) {
            String result = p.results.get(p.offered.get(i));
            String came = result == null ? (ending.equals(Ending.RESOLVED.name()) ? "fixed" : "left")
                    : switch (result) {
                        case "FIXED" -> "fixed";
                        case "SKIPPED", "ALREADY_DONE" -> "skipped";
                        case "INTERRUPTED" -> "left";
                        default -> "not_fixed";
                    };
            Map<String, Long> at = steps.computeIfAbsent(i + 1, k -> new TreeMap<>());
            at.merge("reached", 1L, Long::sum);
            at.merge(came, 1L, Long::sum);
        }
    }

    /** Only problems resolved a week or more ago have had the time to come back: the others are left out. */
    private StatsReport.Containment containment() {
        List<Problem> settled = resolvedAll.stream().filter(p -> !p.lastAt.isAfter(now.minus(CAME_BACK_WITHIN))).toList();
        return new StatsReport.Containment(settled.size(), settled.stream().filter(p -> p.cameBack).count());
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
        List<StatsReport.DayRow> days = new ArrayList<>();
        byDay.forEach((day, counts) -> days.add(StatsReport.DayRow.of(day, counts)));
        List<StatsReport.FunnelStep> steps = new ArrayList<>();
        funnel.forEach((intent, positions) -> positions.forEach((position, counts) ->
                steps.add(StatsReport.FunnelStep.of(intent, position, counts))));
        return new StatsReport(StatsReport.IntentRow.of("all", total), intents, fixes, intentFixes, dropOffs,
                helpful, notHelpful, handoffsOutsideProblems, handoffsRefused, days, steps,
                containment());
    }
}
