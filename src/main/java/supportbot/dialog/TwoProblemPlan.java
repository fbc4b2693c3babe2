package supportbot.dialog;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The plan when the classifier is torn between two problems: both fix lists in one. Each fix scores
 * its problem's share of the two confidences divided by its place in that problem's list (1st: all of
 * it, 2nd: half, 3rd: a third...); a fix in both lists adds both scores. Highest first; ties go to
 * the likelier problem's order. So the likelier problem's first fix leads, the other problem's first fix
 * comes soon after, and a fix that is early in both lists (a restart) moves up.
 */
final class TwoProblemPlan {
    private TwoProblemPlan() {
    }

    static List<String> merge(List<String> likelier, double p1, List<String> other, double p2) {
        Set<String> all = new LinkedHashSet<>(likelier);
        all.addAll(other);
        double w1 = p1 / (p1 + p2);
        double w2 = p2 / (p1 + p2);
        List<String> inOrder = List.copyOf(all);
        return inOrder.stream()
                .sorted(Comparator.comparingDouble((String fix) -> -score(w1 * weight(likelier, fix) + w2 * weight(other, fix)))
                        .thenComparingInt(inOrder::indexOf))
                .toList();
    }

    /** Rounded, so that sums which are equal on paper tie instead of differing in the last bit. */
    private static double score(double exact) {
        return Math.round(exact * 1e9) / 1e9;
    }

    private static double weight(List<String> fixes, String fix) {
        int i = fixes.indexOf(fix);
        return i < 0 ? 0 : 1.0 / (i + 1);
    }
}
