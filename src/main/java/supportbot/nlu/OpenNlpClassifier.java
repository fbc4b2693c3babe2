package supportbot.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/** A {@link TextClassifier} over a trained OpenNLP maxent model: thread-safe, the model is immutable. */
public final class OpenNlpClassifier implements TextClassifier {
    private final ClassifierModel model;
    private final SentenceEmbedder embedder;
    private final java.util.function.Function<FeatureSet.Features, double[]> scorer;

    /**
     * {@code embedders} is asked only when the model reads an embedding, and must give the one the model was
     * trained on: another embedding's dimensions mean something else.
     */
    public OpenNlpClassifier(ClassifierModel model, Supplier<SentenceEmbedder> embedders) {
        this.model = model;
        this.embedder = embedderFor(model, embedders);
        this.scorer = MaxentScorer.of(model.maxent());
    }

    /** The embedder a model reads, checked against the one it was trained on; null for a model of words only. */
    static SentenceEmbedder embedderFor(ClassifierModel model, Supplier<SentenceEmbedder> embedders) {
        SentenceEmbedder embedder = model.features().embeds() ? embedders.get() : null;
        if (embedder != null && !embedder.name().equals(model.features().embedding())) {
            throw new IllegalStateException("the model was trained on the sentence embedding '" + model.features().embedding()
                    + "' but this bot has '" + embedder.name() + "': run 'train'");
        }
        return embedder;
    }

    @Override
    public Classification classify(String text) {
        FeatureSet.Features features = model.features().of(text, embedder);
        double[] scores = scorer.apply(features);
        List<Intent> ranked = new ArrayList<>(scores.length);
        for (int i = 0; i < scores.length; i++) {
            ranked.add(new Intent(model.maxent().getOutcome(i), clamp(scores[i])));
        }
        ranked.sort(Comparator.comparingDouble(Intent::confidence).reversed());
        return new Classification(ranked);
    }

    private static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }
}
