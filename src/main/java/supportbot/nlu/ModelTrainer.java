package supportbot.nlu;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.CollectionObjectStream;

/** Trains a doccat model from samples. */
public final class ModelTrainer {
    private final TrainingSettings settings;

    public ModelTrainer(TrainingSettings settings) {
        this.settings = settings;
    }

    /**
     * Trains and returns the model as it would be reloaded from disk: a saved doccat model keeps its
     * feature generators by class name only, so evaluating the in-memory one could flatter it.
     */
    public DoccatModel train(List<Sample> samples) {
        List<DocumentSample> documents = samples.stream()
                .map(s -> new DocumentSample(s.label(), TextNormalizer.tokens(s.text())))
                .toList();
        try {
            DoccatModel model = DocumentCategorizerME.train(
                    "en", new CollectionObjectStream<>(documents), settings.parameters(), settings.factory());
            return reload(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] serialize(DoccatModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            model.serialize(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static DoccatModel reload(DoccatModel model) throws IOException {
        return new DoccatModel(new ByteArrayInputStream(serialize(model)));
    }
}
