package supportbot.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import supportbot.knowledge.KnowledgeBase;
import supportbot.knowledge.KnowledgeLoader;
import supportbot.nlu.AnswerData;
import supportbot.nlu.AnswerSample;
import supportbot.nlu.AnswerSet;
import supportbot.nlu.ModelFiles;
import supportbot.nlu.ModelKind;
import supportbot.nlu.Sample;
import supportbot.nlu.Samples;

/**
 * What the bot knows about one family of problems: a folder with {@code conf/knowledge.conf} (fixes,
 * symptoms, the pack's own phrases) and {@code models/} (intent training and test data, the trained models).
 * The shipped pack (no folder set) reads the working directory's conf/ and models/ when they are there, and
 * the jar's copy otherwise. Every pack shares conf/phrases.conf and, unless it trains its own, the model of answers.
 */
public record KnowledgePack(Path dir, boolean shipped) {

    public static KnowledgePack shippedPack() {
        return new KnowledgePack(Path.of("."), true);
    }

    /** The setting {@code supportbot.knowledge.dir}: empty is the shipped pack. */
    public static KnowledgePack of(String dir) {
        return dir.isBlank() ? shippedPack() : new KnowledgePack(Path.of(dir.strip()), false);
    }

    public Path knowledgeFile() {
        return dir.resolve("conf").resolve("knowledge.conf");
    }

    public ModelFiles models() {
        return new ModelFiles(dir.resolve("models"), shipped);
    }

    /** Where a model's training data is (a file, or the folder of answers), for the models a pack trains itself. */
    public Optional<Path> ownTrainingData(ModelKind kind) {
        Path data = models().trainingData(kind);
        return Files.exists(data) ? Optional.of(data) : Optional.empty();
    }

    /** What the pack's intent model is trained on: its own descriptions. */
    public List<Sample> intentSamples() {
        return Samples.read(models().trainingData(ModelKind.INTENTS));
    }

    /**
     * What the pack's model of answers is trained on (see {@link AnswerData}): the shipped answers, which know
     * the plain answers of any topic, and the pack's own ("cleaned the port, it charges now"); for the shipped
     * pack, its own folder.
     */
    public List<AnswerSample> answerSamples(List<AnswerSet> sets) {
        Function<String, List<Sample>> own = name -> {
            Path file = models().answerFile(name);
            return Files.exists(file) ? Samples.read(file) : List.of();
        };
        Function<String, List<Sample>> fromJar = name -> Samples.readResourceIfAny("/models/train/answers/" + name + ".txt");
        return shipped ? AnswerData.samples(sets, name -> List.of(), own) : AnswerData.samples(sets, fromJar, own);
    }

    public KnowledgeBase load() {
        if (shipped) {
            ConfFiles.Loaded file = ConfFiles.load("knowledge.conf");
            return new KnowledgeLoader(file.origin()).load(file.config(), ConfFiles.withDefaults("phrases.conf").config());
        }
        if (!Files.exists(knowledgeFile())) {
            throw new IllegalArgumentException("no knowledge pack in " + dir + ": " + knowledgeFile()
                    + " is missing (supportbot.knowledge.dir, SUPPORTBOT_KNOWLEDGE_DIR)");
        }
        return loadFile(knowledgeFile());
    }

    /** A knowledge file by path (a candidate), with the shared phrases. */
    public static KnowledgeBase loadFile(Path file) {
        return new KnowledgeLoader(file.toString()).load(ConfFiles.parse(file), ConfFiles.withDefaults("phrases.conf").config());
    }
}
