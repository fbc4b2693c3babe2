package supportbot.nlu;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/** Trains a maxent model from samples, over the features the settings name. */
public final class ModelTrainer {
    private final TrainingSettings settings;
    /** Made on first use, and remembers each message's vector: the folds of a cross-validation share it. */
    private SentenceEmbedder embedder;

    public ModelTrainer(TrainingSettings settings) {
        this.settings = settings;
    }

    /** A model trained on the samples, as a classifier. */
    public TextClassifier classifier(List<Sample> samples) {
        return new OpenNlpClassifier(train(samples), this::embedder);
    }

    /**
     * Trains and returns the model as it would be reloaded from disk, so that what is evaluated is what
     * ships.
     */
    public ClassifierModel train(List<Sample> samples) {
        SentenceEmbedder embedder = settings.sentenceEmbedding() ? embedder() : null;
        FeatureSet features = settings.features(embedder, false);
        return train(samples.stream().map(s -> event(features, null, s.label(), s.text(), embedder)).toList(), features, Map.of());
    }

    /** A model of answers: each sample's features tied to its question, and each question's labels recorded. */
    public ClassifierModel trainAnswers(List<AnswerSample> samples) {
        SentenceEmbedder embedder = settings.sentenceEmbedding() ? embedder() : null;
        FeatureSet features = settings.features(embedder, true);
        Map<String, Set<String>> labels = new TreeMap<>();
        samples.stream().filter(s -> s.question() != null)
                .forEach(s -> labels.computeIfAbsent(s.question(), q -> new TreeSet<>()).add(s.label()));
        Map<String, List<String>> questions = new TreeMap<>();
        labels.forEach((q, l) -> questions.put(q, List.copyOf(l)));
        return train(samples.stream().map(s -> event(features, s.question(), s.label(), s.text(), embedder)).toList(), features, questions);
    }

    /** The answers model as a reader. */
    public AnswerReader answerReader(List<AnswerSample> samples) {
        return new AnswerClassifier(trainAnswers(samples), this::embedder);
    }

    private static Event event(FeatureSet features, String question, String label, String text, SentenceEmbedder embedder) {
        FeatureSet.Features f = features.of(question, text, embedder);
        return new Event(label, f.names(), f.values());
    }

    private ClassifierModel train(List<Event> events, FeatureSet features, Map<String, List<String>> questions) {
        TrainingParameters parameters = settings.parameters();
        // The default indexers read every feature as 1.0: the embedding's values need the real-value one.
        parameters.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
        try {
            EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, new HashMap<>());
            MaxentModel maxent = trainer.train(new CollectionObjectStream<>(events));
            return reload(new ClassifierModel(maxent, features, questions));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized SentenceEmbedder embedder() {
        if (embedder == null) {
            embedder = new CachingEmbedder(new MiniLmEmbedder());
        }
        return embedder;
    }

    static byte[] serialize(ClassifierModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            model.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static ClassifierModel reload(ClassifierModel model) throws IOException {
        return ClassifierModel.read(new ByteArrayInputStream(serialize(model)));
    }
}
