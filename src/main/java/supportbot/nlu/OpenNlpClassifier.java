package supportbot.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/** A {@link TextClassifier} over a trained doccat model. */
public final class OpenNlpClassifier implements TextClassifier {
    /** The categoriser keeps per-call scratch state; the model itself is immutable and shared. */
    private final ThreadLocal<DocumentCategorizerME> categorizer;

    public OpenNlpClassifier(DoccatModel model) {
        this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    }

    @Override
    public Classification classify(String text) {
        DocumentCategorizerME me = categorizer.get();
        double[] scores = me.categorize(TextNormalizer.tokens(text));
        List<Intent> ranked = new ArrayList<>(scores.length);
        for (int i = 0; i < scores.length; i++) {
            ranked.add(new Intent(me.getCategory(i), clamp(scores[i])));
        }
        ranked.sort(Comparator.comparingDouble(Intent::confidence).reversed());
        return new Classification(ranked);
    }

    private static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }
}
