package supportbot.nlu;

import com.typesafe.config.Config;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.util.TrainingParameters;

/**
 * How a model is trained (settings {@code supportbot.nlu.training}). Part of the model fingerprint:
 * change a value and the shipped model counts as stale until {@code train} runs.
 */
public record TrainingSettings(String algorithm, int cutoff, int iterations, boolean bigrams, boolean charNgrams,
        boolean sentenceEmbedding, double embeddingScale, double l2Cost) {

    public static TrainingSettings from(Config training) {
        return new TrainingSettings(
                training.getString("algorithm"),
                training.getInt("cutoff"),
                training.getInt("iterations"),
                training.getBoolean("bigrams"),
                training.getBoolean("char-ngrams"),
                training.getBoolean("sentence-embedding"),
                training.getDouble("embedding-scale"),
                training.getDouble("l2-cost"));
    }

    TrainingParameters parameters() {
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        // One thread keeps training deterministic and leaves the second core to the bot.
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        // Quasi-Newton only: a larger L2 penalty keeps the probabilities of unclear messages from being extreme.
        parameters.put(QNTrainer.L2COST_PARAM, l2Cost);
        return parameters;
    }

    /** The features a model trained with these settings reads; {@code embedder} is null without the embedding. */
    FeatureSet features(SentenceEmbedder embedder) {
        return new FeatureSet(bigrams, charNgrams, sentenceEmbedding ? embedder.name() : FeatureSet.NO_EMBEDDING,
                sentenceEmbedding ? embeddingScale : 0);
    }

    String fingerprint() {
        return "algorithm=" + algorithm + ";cutoff=" + cutoff + ";iterations=" + iterations
                + ";bigrams=" + bigrams + ";charNgrams=" + charNgrams + ";normalizer=" + TextNormalizer.VERSION
                + (algorithm.equals(QNTrainer.MAXENT_QN_VALUE) ? ";l2=" + l2Cost : "")
                + (sentenceEmbedding ? ";embedding=" + MiniLmEmbedder.modelName() + ";scale=" + embeddingScale : "");
    }
}
