package supportbot.analytics;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import supportbot.dialog.Ending;
import supportbot.store.Outbox;

/** The figures `stats` prints: how problems ended, how each fix did, and where users left. */
public record StatsReport(
        IntentRow overall,
        List<IntentRow> intents,
        List<FixRow> fixes,
        List<FixRow> fixesByIntent,
        List<DropOff> dropOffs,
        long helpful,
        long notHelpful,
        long handoffsOutsideProblems,
        long handoffsRefused,
        List<DayRow> days,
        List<FunnelStep> funnel,
        Containment containment) {

    /**
     * How the problems of one intent ended. The resolution rate is resolved over the problems that
     * have ended (open ones are left out), or 0 when none has.
     */
    public record IntentRow(String intent, long problems, long resolved, long outOfFixes, long handedOff, long outage,
                            long stopped, long switched, long abandoned, long open, double resolutionRate) {

        static IntentRow of(String intent, Map<String, Long> endings) {
            long problems = endings.values().stream().mapToLong(Long::longValue).sum();
            long resolved = endings.getOrDefault(Ending.RESOLVED.name(), 0L);
            long open = endings.getOrDefault(Stats.Unended.OPEN.name(), 0L);
            return new IntentRow(intent, problems, resolved,
                    endings.getOrDefault(Ending.OUT_OF_FIXES.name(), 0L),
                    endings.getOrDefault(Ending.HANDED_OFF.name(), 0L),
                    endings.getOrDefault(Ending.OUTAGE.name(), 0L),
                    endings.getOrDefault(Ending.STOPPED.name(), 0L),
                    endings.getOrDefault(Ending.SWITCHED.name(), 0L),
                    endings.getOrDefault(Stats.Unended.ABANDONED.name(), 0L),
                    open,
                    problems - open == 0 ? 0 : (double) resolved / (problems - open));
        }
    }

    /**
     * What happened to a fix each time it was offered (for one intent, or over all when {@code intent} is
     * null). Skipped counts "already tried" during the conversation and "already did" in the first message.
     */
    public record FixRow(String intent, String fix, long offered, long fixed, long notFixed, long skipped, long declined,
                         long checkOk, long outage) {

        static FixRow of(String intent, String fix, Map<String, Long> counts) {
            return new FixRow(intent, fix, counts.getOrDefault("OFFERED", 0L), counts.getOrDefault("FIXED", 0L),
                    counts.getOrDefault("NOT_FIXED", 0L),
                    counts.getOrDefault("SKIPPED", 0L) + counts.getOrDefault("ALREADY_DONE", 0L),
                    counts.getOrDefault("DECLINED", 0L), counts.getOrDefault("CHECK_OK", 0L),
                    counts.getOrDefault("OUTAGE", 0L));
        }
    }

    /** The problems begun on one day (UTC) and how they ended; problems still open are in none of the endings. */
    public record DayRow(String day, long begun, long resolved, long outOfFixes, long handedOff, long abandoned, long other) {
        static DayRow of(java.time.LocalDate day, Map<String, Long> counts) {
            long begun = counts.getOrDefault("BEGUN", 0L);
            long resolved = counts.getOrDefault(Ending.RESOLVED.name(), 0L);
            long outOfFixes = counts.getOrDefault(Ending.OUT_OF_FIXES.name(), 0L);
            long handedOff = counts.getOrDefault(Ending.HANDED_OFF.name(), 0L);
            long abandoned = counts.getOrDefault(Stats.Unended.ABANDONED.name(), 0L);
            long open = counts.getOrDefault(Stats.Unended.OPEN.name(), 0L);
            return new DayRow(day.toString(), begun, resolved, outOfFixes, handedOff, abandoned,
                    begun - resolved - outOfFixes - handedOff - abandoned - open);
        }
    }

    /** The {@code position}-th fix of a symptom's problems: how many reached it and what came of it. */
    public record FunnelStep(String intent, int position, long reached, long fixed, long notFixed, long skipped, long left) {
        static FunnelStep of(String intent, int position, Map<String, Long> counts) {
            return new FunnelStep(intent, position, counts.getOrDefault("reached", 0L), counts.getOrDefault("fixed", 0L),
                    counts.getOrDefault("not_fixed", 0L), counts.getOrDefault("skipped", 0L), counts.getOrDefault("left", 0L));
        }
    }

    /**
     * Of the problems marked resolved at least 7 days ago, how many came back (the same symptom, the same user)
     * within 7 days.
     */
    public record Containment(long resolved, long cameBack) {
    }

    /** Problems left unresolved while this fix was on offer: stopped, switched to another problem, or left idle. */
    public record DropOff(String fix, long stopped, long switched, long abandoned) {
        public long total() {
            return stopped + switched + abandoned;
        }
    }

    public String toJson() {
        return new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(this);
    }

    /** The figures as JSON, with what waits in the outbox (null: no store to read it from). */
    public String toJson(Outbox.Backlog backlog) {
        JsonObject json = JsonParser.parseString(toJson()).getAsJsonObject();
        if (backlog != null) {
            JsonObject outbox = new JsonObject();
            outbox.addProperty("pending", backlog.pending());
            outbox.addProperty("oldest", backlog.oldest() == null ? null : backlog.oldest().toString());
            outbox.addProperty("dropped", backlog.dropped());
            outbox.addProperty("given_up", backlog.givenUp());
            json.add("outbox", outbox);
        }
        return json.toString();
    }

    public String toText() {
        StringBuilder out = new StringBuilder();
        long ended = overall.problems() - overall.open();
        out.append(String.format(Locale.ROOT, "Problems: %d, resolved %d (%s of the %d that ended), open %d%n",
                overall.problems(), overall.resolved(), ended == 0 ? "-" : percent(overall.resolutionRate()), ended,
                overall.open()));
        out.append(String.format(Locale.ROOT, "Was this helpful? yes %d, no %d. Hand-offs outside a problem: %d; "
                + "refused by the support chat (sent to Apple Support): %d%n%n", helpful, notHelpful, handoffsOutsideProblems,
                handoffsRefused));
        String intentLine = "%-22s %8s %8s %6s %8s %9s %7s %8s %8s %9s %5s%n";
        out.append(String.format(Locale.ROOT, intentLine, "intent", "problems", "resolved", "rate", "no fixes",
                "handed off", "outage", "stopped", "switched", "abandoned", "open"));
        for (IntentRow r : concat(intents, overall)) {
            out.append(String.format(Locale.ROOT, intentLine, r.intent(), r.problems(), r.resolved(),
                    percent(r.resolutionRate()), r.outOfFixes(), r.handedOff(), r.outage(), r.stopped(), r.switched(),
                    r.abandoned(), r.open()));
        }
        String fixLine = "%-22s %7s %6s %9s %7s %8s %8s %6s %9s%n";
        out.append(String.format(Locale.ROOT, "%n" + fixLine, "fix", "offered", "fixed", "not fixed", "skipped",
                "declined", "check ok", "outage", "success"));
        for (FixRow r : fixes) {
            long answered = r.fixed() + r.notFixed();
            out.append(String.format(Locale.ROOT, fixLine, r.fix(), r.offered(), r.fixed(), r.notFixed(), r.skipped(),
                    r.declined(), r.checkOk(), r.outage(), answered == 0 ? "-" : percent((double) r.fixed() / answered)));
        }
        String dropLine = "%-22s %7s %8s %9s %5s%n";
        out.append(String.format(Locale.ROOT, "%nWhere users left (the fix on offer when a problem was dropped)%n" + dropLine,
                "fix", "stopped", "switched", "abandoned", "total"));
        for (DropOff d : dropOffs) {
            out.append(String.format(Locale.ROOT, dropLine, d.fix(), d.stopped(), d.switched(), d.abandoned(), d.total()));
        }
        return out.toString();
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.0f%%", rate * 100);
    }

    private static List<IntentRow> concat(List<IntentRow> rows, IntentRow last) {
        return java.util.stream.Stream.concat(rows.stream(), java.util.stream.Stream.of(last)).toList();
    }
}
