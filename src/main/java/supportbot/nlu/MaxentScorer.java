package supportbot.nlu;

import java.util.Map;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Scores a message's features with a trained QN maxent model, as OpenNLP's own {@code QNModel.eval} does and
 * to the same numbers, but without looking up the embedding's dimensions by name: their weights are laid out
 * once, at load, in a table by dimension. Those few hundred lookups of "e0" … "e383" in a map of a million
 * names were most of the time a message took to read (measured with JFR on {@code bench --only http}).
 */
final class MaxentScorer {
    private final Map<String, Context> byName;
    private final int outcomes;
    /** The embedding's weights: [dimension][outcome], zero where the model has none. */
    private final double[][] embedding;

    /** A scorer for {@code model}: a QN model is scored here, any other kind by the model itself. */
    static java.util.function.Function<FeatureSet.Features, double[]> of(MaxentModel model) {
        if (model instanceof QNModel) {
            MaxentScorer scorer = new MaxentScorer(model);
            return scorer::eval;
        }
        return features -> model.eval(features.names(), features.values());
    }

    @SuppressWarnings("unchecked")
    private MaxentScorer(MaxentModel model) {
        Object[] data = ((AbstractModel) model).getDataStructures();
        this.byName = (Map<String, Context>) data[1];
        this.outcomes = model.getNumOutcomes();
        int dimensions = 0;
        while (byName.containsKey(FeatureSet.embeddingName(dimensions))) {
            dimensions++;
        }
        this.embedding = new double[dimensions][outcomes];
        for (int i = 0; i < dimensions; i++) {
            Context context = byName.get(FeatureSet.embeddingName(i));
            if (context != null) {
                int[] to = context.getOutcomes();
                double[] weights = context.getParameters();
                for (int k = 0; k < to.length; k++) {
                    embedding[i][to[k]] = weights[k];
                }
            }
        }
    }

    /** The probability of each outcome, in the model's order; {@code features} as {@link FeatureSet#of} gives them. */
    double[] eval(FeatureSet.Features features) {
        double[] scores = new double[outcomes];
        String[] names = features.names();
        float[] values = features.values();
        int embedded = features.embedded();
        for (int i = 0; i < names.length; i++) {
            double value = values[i];
            if (i < embedded && i < embedding.length) {
                double[] weights = embedding[i];
                for (int o = 0; o < outcomes; o++) {
                    scores[o] += value * weights[o];
                }
                continue;
            }
            Context context = byName.get(names[i]);
            if (context != null) {
                int[] to = context.getOutcomes();
                double[] weights = context.getParameters();
                for (int k = 0; k < to.length; k++) {
                    scores[to[k]] += value * weights[k];
                }
            }
        }
        double logSum = ArrayMath.logSumOfExps(scores);
        for (int o = 0; o < outcomes; o++) {
            scores[o] = StrictMath.exp(scores[o] - logSum);
        }
        return scores;
    }
}
