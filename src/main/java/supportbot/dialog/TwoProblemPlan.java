package supportbot.dialog;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The plan when the classifier is torn between two problems: both fix lists in one, each fix weighted
 * by how likely its problem is and how early it comes in that problem's list. A fix at position i
 * (from 0) of a list of n counts (n - i) / n of its problem's share; a fix in both lists adds both.
 * Highest first; ties keep the likelier problem's order. So the first fix of the likelier problem
 * usually leads, and a fix early in both lists (Wi-Fi, storage) moves up.
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
                .sorted(Comparator.comparingDouble((String fix) -> -(w1 * weight(likelier, fix) + w2 * weight(other, fix)))
                        .thenComparingInt(inOrder::indexOf))
                .toList();
    }

    private static double weight(List<String> fixes, String fix) {
        int i = fixes.indexOf(fix);
        return i < 0 ? 0 : (double) (fixes.size() - i) / fixes.size();
    }
}
