package supportbot.dialog;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Right, re-asked and wrong moves per question, accuracy by the reading's confidence, and the misses of a played turn set. */
public record TurnReport(List<Turn.Result> results) {
    /** The lower edges of the confidence bands in the table by confidence, highest first. */
    private static final double[] BANDS = {0.9, 0.75, 0.5, 0.4, 0.3, 0};

    public TurnReport {
        results = List.copyOf(results);
    }

    public long count(Turn.Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).count();
    }

    /** Right over the turns that reached their question. */
    public double rightShare() {
        long played = results.size() - count(Turn.Verdict.NOT_REACHED);
        return played == 0 ? 0 : (double) count(Turn.Verdict.RIGHT) / played;
    }

    /** The counts per question and the share right. */
    public String summary() {
        Map<String, Map<Turn.Verdict, Integer>> byQuestion = new TreeMap<>();
        for (Turn.Result r : results) {
            byQuestion.computeIfAbsent(r.turn().question(), q -> new EnumMap<>(Turn.Verdict.class)).merge(r.verdict(), 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-18s %6s %6s %9s %11s %12s%n",
                "question", "turns", "right", "re-asked", "wrong move", "not reached"));
        byQuestion.forEach((q, c) -> out.append(row(q, c)));
        Map<Turn.Verdict, Integer> all = new EnumMap<>(Turn.Verdict.class);
        byQuestion.values().forEach(c -> c.forEach((v, n) -> all.merge(v, n, Integer::sum)));
        out.append(row("all", all));
        out.append(String.format(Locale.ROOT, "right: %.1f%% of the %d turns that reached their question%n",
                100 * rightShare(), results.size() - count(Turn.Verdict.NOT_REACHED)));
        return out.toString();
    }

    public String format() {
        StringBuilder out = new StringBuilder(summary());
        out.append(byConfidence());
        for (Turn.Verdict v : List.of(Turn.Verdict.WRONG_MOVE, Turn.Verdict.REASKED, Turn.Verdict.NOT_REACHED)) {
            List<Turn.Result> misses = results.stream().filter(r -> r.verdict() == v).toList();
            if (!misses.isEmpty()) {
                out.append(String.format(Locale.ROOT, "%n%s:%n", v.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
                misses.forEach(r -> out.append(String.format(Locale.ROOT, "  line %d %s: \"%s\" -> %s (expected %s, %s)%n",
                        r.turn().line(), r.turn().question(), r.turn().typed(), r.got(), r.turn().expect(), sure(r))));
            }
        }
        return out.toString();
    }

    /**
     * Per question and band of the reading's confidence: how many turns were read that sure, and how many of
     * them were read right (whether the bot then acted, or asked first to be sure). Turns answered by a
     * button's words or the question's own options read as sure.
     */
    public String byConfidence() {
        Map<String, int[][]> table = new TreeMap<>();
        for (Turn.Result r : results) {
            if (r.verdict() == Turn.Verdict.NOT_REACHED || Double.isNaN(r.confidence())) {
                continue;
            }
            int[][] bands = table.computeIfAbsent(r.turn().question(), q -> new int[BANDS.length][2]);
            int band = band(r.confidence());
            bands[band][0]++;
            bands[band][1] += r.readRight() ? 1 : 0;
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nreadings right by their confidence (read right/turns; under reading.act the bot asks before it moves)%n%-18s", "question"));
        for (double edge : BANDS) {
            out.append(String.format(Locale.ROOT, " %9s", edge == 0 ? "< 0.30" : ">= " + edge));
        }
        out.append('\n');
        int[][] all = new int[BANDS.length][2];
        table.forEach((q, bands) -> {
            out.append(String.format(Locale.ROOT, "%-18s", q));
            for (int i = 0; i < BANDS.length; i++) {
                out.append(String.format(Locale.ROOT, " %9s", bands[i][0] == 0 ? "-" : bands[i][1] + "/" + bands[i][0]));
                all[i][0] += bands[i][0];
                all[i][1] += bands[i][1];
            }
            out.append('\n');
        });
        out.append(String.format(Locale.ROOT, "%-18s", "all"));
        for (int[] band : all) {
            out.append(String.format(Locale.ROOT, " %9s", band[0] == 0 ? "-" : String.format(Locale.ROOT, "%d%%/%d", Math.round(100.0 * band[1] / band[0]), band[0])));
        }
        return out.append('\n').toString();
    }

    private static int band(double confidence) {
        for (int i = 0; i < BANDS.length; i++) {
            if (confidence >= BANDS[i]) {
                return i;
            }
        }
        return BANDS.length - 1;
    }

    private static String sure(Turn.Result r) {
        return Double.isNaN(r.confidence()) ? "not read" : String.format(Locale.ROOT, "read %.2f sure", r.confidence());
    }

    private static String row(String name, Map<Turn.Verdict, Integer> c) {
        int n = c.values().stream().mapToInt(Integer::intValue).sum();
        return String.format(Locale.ROOT, "%-18s %6d %6d %9d %11d %12d%n", name, n, c.getOrDefault(Turn.Verdict.RIGHT, 0),
                c.getOrDefault(Turn.Verdict.REASKED, 0), c.getOrDefault(Turn.Verdict.WRONG_MOVE, 0),
                c.getOrDefault(Turn.Verdict.NOT_REACHED, 0));
    }
}
