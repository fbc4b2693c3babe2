package supportbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training on a tiny corpus: fast, deterministic, and the model survives a trip to disk. */
class ModelTrainerTest {
    private static final TrainingSettings SETTINGS = new TrainingSettings("MAXENT", 0, 100, true, true);
    private static final List<Sample> CORPUS = List.of(
            new Sample("wifi", "my wifi keeps dropping"),
            new Sample("wifi", "no wi-fi at home"),
            new Sample("wifi", "weak wifi signal"),
            new Sample("storage", "icloud storage is full"),
            new Sample("storage", "not enough storage"),
            new Sample("storage", "out of icloud space"));

    @Test
    void aTrainedModelSortsItsOwnKindOfMessages() {
        TextClassifier classifier = new OpenNlpClassifier(new ModelTrainer(SETTINGS).train(CORPUS));
        assertThat(classifier.classify("the wifi signal drops").top().name()).isEqualTo("wifi");
        assertThat(classifier.classify("storage full").top().name()).isEqualTo("storage");
    }

    @Test
    void aTypoStillSharesFeaturesThroughCharacterNgrams() {
        TextClassifier classifier = new OpenNlpClassifier(new ModelTrainer(SETTINGS).train(CORPUS));
        assertThat(classifier.classify("storrage").top().name()).isEqualTo("storage");
    }

    @Test
    void aSavedModelClassifiesLikeTheTrainedOne(@TempDir Path dir) {
        ModelFiles files = new ModelFiles(dir);
        var model = new ModelTrainer(SETTINGS).train(CORPUS);
        files.save(ModelKind.INTENTS, model, "fingerprint");
        Classification before = new OpenNlpClassifier(model).classify("wifi is weak");
        Classification after = new OpenNlpClassifier(files.load(ModelKind.INTENTS)).classify("wifi is weak");
        assertThat(after).isEqualTo(before);
        assertThat(files.recordedFingerprint(ModelKind.INTENTS)).isEqualTo("fingerprint");
    }

    @Test
    void theRankingCoversEveryLabelMostLikelyFirst() {
        Classification c = new OpenNlpClassifier(new ModelTrainer(SETTINGS).train(CORPUS)).classify("wifi");
        assertThat(c.ranked()).extracting(Intent::name).containsExactlyInAnyOrder("wifi", "storage");
        assertThat(c.ranked().get(0).confidence()).isGreaterThanOrEqualTo(c.ranked().get(1).confidence());
    }
}
