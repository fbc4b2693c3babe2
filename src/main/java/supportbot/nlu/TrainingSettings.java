package supportbot.nlu;

import com.typesafe.config.Config;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.util.TrainingParameters;

/**
 * How a model is trained (settings {@code supportbot.nlu.training}). Part of the model fingerprint:
 * change a value and the shipped model counts as stale until {@code train} runs.
 */
public record TrainingSettings(String algorithm, int cutoff, int iterations, boolean bigrams, boolean charNgrams,
        boolean sentenceEmbedding, double embeddingScale, double l2Cost, int threads) {

    public static TrainingSettings from(Config training) {
        return new TrainingSettings(
                training.getString("algorithm"),
                training.getInt("cutoff"),
                training.getInt("iterations"),
                training.getBoolean("bigrams"),
                training.getBoolean("char-ngrams"),
                training.getBoolean("sentence-embedding"),
                training.getDouble("embedding-scale"),
                training.getDouble("l2-cost"),
                training.getInt("threads"));
    }

    TrainingParameters parameters() {
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        // Quasi-Newton splits the gradient over the threads in a fixed way, so the model is the same either way.
        parameters.put(TrainingParameters.THREADS_PARAM, threads);
        // Quasi-Newton only: a larger L2 penalty keeps the probabilities of unclear messages from being extreme.
        parameters.put(QNTrainer.L2COST_PARAM, l2Cost);
        return parameters;
    }

    /**
     * The features a model trained with these settings reads; {@code embedder} is null without the embedding.
     * {@code conjoined}: a model of answers, which also reads the question.
     */
    FeatureSet features(SentenceEmbedder embedder, boolean conjoined) {
        return new FeatureSet(bigrams, charNgrams, sentenceEmbedding ? embedder.name() : FeatureSet.NO_EMBEDDING,
                sentenceEmbedding ? embeddingScale : 0, conjoined);
    }

    String fingerprint() {
        return "algorithm=" + algorithm + ";cutoff=" + cutoff + ";iterations=" + iterations
                + ";bigrams=" + bigrams + ";charNgrams=" + charNgrams + ";normalizer=" + TextNormalizer.VERSION
                + (algorithm.equals(QNTrainer.MAXENT_QN_VALUE) ? ";l2=" + l2Cost : "")
                + (sentenceEmbedding ? ";embedding=" + MiniLmEmbedder.modelName() + ";scale=" + embeddingScale : "");
    }
}
