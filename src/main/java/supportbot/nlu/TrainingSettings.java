package supportbot.nlu;

import com.typesafe.config.Config;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.TrainingParameters;

/**
 * How a model is trained (settings {@code supportbot.nlu.training}). Part of the model fingerprint:
 * change a value and the shipped model counts as stale until {@code train} runs.
 */
public record TrainingSettings(String algorithm, int cutoff, int iterations, boolean bigrams, boolean charNgrams) {

    public static TrainingSettings from(Config training) {
        return new TrainingSettings(
                training.getString("algorithm"),
                training.getInt("cutoff"),
                training.getInt("iterations"),
                training.getBoolean("bigrams"),
                training.getBoolean("char-ngrams"));
    }

    TrainingParameters parameters() {
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        // One thread keeps training deterministic and leaves the second core to the bot.
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        return parameters;
    }

    DoccatFactory factory() {
        List<FeatureGenerator> generators = new ArrayList<>();
        generators.add(new BagOfWordsFeatureGenerator());
        if (bigrams) {
            try {
                generators.add(new NGramFeatureGenerator(2, 2));
            } catch (InvalidFormatException e) {
                throw new IllegalStateException(e);
            }
        }
        if (charNgrams) {
            generators.add(new CharNgramFeatureGenerator());
        }
        return new DoccatFactory(generators.toArray(FeatureGenerator[]::new));
    }

    String fingerprint() {
        return "algorithm=" + algorithm + ";cutoff=" + cutoff + ";iterations=" + iterations
                + ";bigrams=" + bigrams + ";charNgrams=" + charNgrams + ";normalizer=" + TextNormalizer.VERSION;
    }
}
