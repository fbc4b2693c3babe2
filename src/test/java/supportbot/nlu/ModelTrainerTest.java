package supportbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training on a tiny corpus: fast, deterministic, and the model survives a trip to disk. */
class ModelTrainerTest {
    private static final TrainingSettings SETTINGS = new TrainingSettings("MAXENT", 0, 100, true, true, false, 0, 0.1, 1);
    private static final List<Sample> CORPUS = List.of(
            new Sample("wifi", "my wifi keeps dropping"),
            new Sample("wifi", "no wi-fi at home"),
            new Sample("wifi", "weak wifi signal"),
            new Sample("storage", "icloud storage is full"),
            new Sample("storage", "not enough storage"),
            new Sample("storage", "out of icloud space"));

    @Test
    void aTrainedModelSortsItsOwnKindOfMessages() {
        TextClassifier classifier = new ModelTrainer(SETTINGS).classifier(CORPUS);
        assertThat(classifier.classify("the wifi signal drops").top().name()).isEqualTo("wifi");
        assertThat(classifier.classify("storage full").top().name()).isEqualTo("storage");
    }

    @Test
    void aTypoStillSharesFeaturesThroughCharacterNgrams() {
        TextClassifier classifier = new ModelTrainer(SETTINGS).classifier(CORPUS);
        assertThat(classifier.classify("storrage").top().name()).isEqualTo("storage");
    }

    @Test
    void aSavedModelClassifiesLikeTheTrainedOne(@TempDir Path dir) {
        ModelFiles files = new ModelFiles(dir);
        var model = new ModelTrainer(SETTINGS).train(CORPUS);
        files.save(ModelKind.INTENTS, model, "fingerprint");
        Classification before = new OpenNlpClassifier(model, MiniLmEmbedder::new).classify("wifi is weak");
        Classification after = files.intents().classify("wifi is weak");
        assertThat(after).isEqualTo(before);
        assertThat(files.recordedFingerprint(ModelKind.INTENTS)).isEqualTo("fingerprint");
    }

    @Test
    void theRankingCoversEveryLabelMostLikelyFirst() {
        Classification c = new ModelTrainer(SETTINGS).classifier(CORPUS).classify("wifi");
        assertThat(c.ranked()).extracting(Intent::name).containsExactlyInAnyOrder("wifi", "storage");
        assertThat(c.ranked().get(0).confidence()).isGreaterThanOrEqualTo(c.ranked().get(1).confidence());
    }

    @Test
    void theSentenceEmbeddingPlacesAMessageWithNoSharedWord() {
        TrainingSettings embedding = new TrainingSettings("MAXENT_QN", 0, 100, false, false, true, 10, 0.1, 1);
        TextClassifier classifier = new ModelTrainer(embedding).classifier(CORPUS);
        assertThat(classifier.classify("my cloud is maxed out").top().name()).isEqualTo("storage");
        assertThat(classifier.classify("the internet connection keeps cutting out").top().name()).isEqualTo("wifi");
    }

    @Test
    void aModelTrainedOnAnotherEmbeddingIsRefusedWithAClearMessage() {
        TrainingSettings embedding = new TrainingSettings("MAXENT_QN", 0, 100, false, false, true, 10, 0.1, 1);
        ClassifierModel model = new ModelTrainer(embedding).train(CORPUS);
        SentenceEmbedder other = new SentenceEmbedder() {
            @Override
            public String name() {
                return "another-model 2.0";
            }

            @Override
            public float[] embed(String text) {
                return new float[384];
            }
        };
        assertThatThrownBy(() -> new OpenNlpClassifier(model, () -> other))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another-model 2.0").hasMessageContaining("run 'train'");
    }

    @Test
    void oneEmbedderGivesTwoThreadsTheSameVectors() throws Exception {
        SentenceEmbedder embedder = new MiniLmEmbedder();
        String text = "my iphone hasnt backed up in weeks";
        float[] alone = embedder.embed(text);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<float[]>> vectors = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                vectors.add(pool.submit(() -> embedder.embed(text)));
            }
            for (Future<float[]> v : vectors) {
                assertThat(v.get()).containsExactly(alone);
            }
        } finally {
            pool.shutdown();
        }
    }
}
