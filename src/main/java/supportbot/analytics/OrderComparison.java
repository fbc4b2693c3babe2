package supportbot.analytics;

import java.util.List;
import supportbot.dialog.FixResults;
import supportbot.dialog.ThompsonOrder;
import supportbot.knowledge.KnowledgeBase;
import supportbot.knowledge.Symptom;

/** A symptom's fixes in the knowledge base's order and in the order learned from how they did here. */
public record OrderComparison(String intent, List<String> written, List<String> learned) {

    public static List<OrderComparison> of(KnowledgeBase knowledge, FixResults results, double priorWeight) {
        ThompsonOrder order = new ThompsonOrder(priorWeight);
        return knowledge.symptoms().values().stream()
                .sorted(java.util.Comparator.comparing(Symptom::intent))
                .map(s -> new OrderComparison(s.intent(), s.fixIds(), order.likeliest(s.intent(), s.fixIds(), results)))
                .toList();
    }
}
