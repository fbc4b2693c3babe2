package supportbot.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * An {@link AnswerReader} over a trained model of answers: the message's features tied to the question, and
 * the probabilities of that question's labels, made to add up to one. Thread-safe: the model is immutable.
 */
public final class AnswerClassifier implements AnswerReader {
    private final ClassifierModel model;
    private final SentenceEmbedder embedder;
    private final java.util.function.Function<FeatureSet.Features, double[]> scorer;

    public AnswerClassifier(ClassifierModel model, Supplier<SentenceEmbedder> embedders) {
        if (model.questions().isEmpty()) {
            throw new IllegalStateException("not a model of answers (it names no questions): run 'train'");
        }
        this.model = model;
        this.embedder = OpenNlpClassifier.embedderFor(model, embedders);
        this.scorer = MaxentScorer.of(model.maxent());
    }

    /** The questions the model was trained for. */
    public java.util.Set<String> questions() {
        return model.questions().keySet();
    }

    @Override
    public Classification read(String question, String text) {
        List<String> labels = model.questions().get(question);
        if (labels == null) {
            throw new IllegalArgumentException("the model of answers knows no question '" + question + "': run 'train'");
        }
        FeatureSet.Features features = model.features().of(question, text, embedder);
        double[] scores = scorer.apply(features);
        List<Intent> ranked = new ArrayList<>(labels.size());
        double total = 0;
        for (String label : labels) {
            total += scores[model.maxent().getIndex(label)];
        }
        for (String label : labels) {
            double p = total > 0 ? scores[model.maxent().getIndex(label)] / total : 1.0 / labels.size();
            ranked.add(new Intent(label, Math.max(0, Math.min(1, p))));
        }
        ranked.sort(Comparator.comparingDouble(Intent::confidence).reversed());
        return new Classification(ranked);
    }
}
