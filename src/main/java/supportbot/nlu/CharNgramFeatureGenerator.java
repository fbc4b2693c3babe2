package supportbot.nlu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character 3- and 4-grams of each word, with word edges marked ("hiii" gives "^hi", "hii", "iii",
 * "ii$", ...). They let a typo or an unseen variant ("helooo", "iclould", "backuo") share features
 * with the words the model was trained on. An emoji's name ("emoji_thumbs_up_sign") gets n-grams too,
 * which gives a lone emoji enough features to be classified with some confidence.
 *
 * <p>A saved doccat model names its feature generators by class only and builds them again with the
 * no-argument constructor when it is loaded, so this class keeps a public one and no settings.
 */
public final class CharNgramFeatureGenerator implements FeatureGenerator {
    private static final int MIN = 3;
    private static final int MAX = 4;

    public CharNgramFeatureGenerator() {
        // Needed by DoccatFactory when the model is loaded from disk.
    }

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>();
        for (String token : text) {
            String word = "^" + token + "$";
            for (int n = MIN; n <= MAX; n++) {
                for (int i = 0; i + n <= word.length(); i++) {
                    features.add("c=" + word.substring(i, i + n));
                }
            }
        }
        return features;
    }
}
