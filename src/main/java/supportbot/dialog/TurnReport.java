package supportbot.dialog;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Right, re-asked and wrong moves per question, and the misses, of a played turn set. */
public record TurnReport(List<Turn.Result> results) {
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

    public String format() {
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
        for (Turn.Verdict v : List.of(Turn.Verdict.WRONG_MOVE, Turn.Verdict.REASKED, Turn.Verdict.NOT_REACHED)) {
            List<Turn.Result> misses = results.stream().filter(r -> r.verdict() == v).toList();
            if (!misses.isEmpty()) {
                out.append(String.format(Locale.ROOT, "%n%s:%n", v.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
                misses.forEach(r -> out.append(String.format(Locale.ROOT, "  line %d %s: \"%s\" -> %s (expected %s)%n",
                        r.turn().line(), r.turn().question(), r.turn().typed(), r.got(), r.turn().expect())));
            }
        }
        return out.toString();
    }

    private static String row(String name, Map<Turn.Verdict, Integer> c) {
        int n = c.values().stream().mapToInt(Integer::intValue).sum();
        return String.format(Locale.ROOT, "%-18s %6d %6d %9d %11d %12d%n", name, n, c.getOrDefault(Turn.Verdict.RIGHT, 0),
                c.getOrDefault(Turn.Verdict.REASKED, 0), c.getOrDefault(Turn.Verdict.WRONG_MOVE, 0),
                c.getOrDefault(Turn.Verdict.NOT_REACHED, 0));
    }
}
