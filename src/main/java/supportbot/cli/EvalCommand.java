package supportbot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import supportbot.app.Components;
import supportbot.app.Settings;
import supportbot.dialog.FirstReading;
import supportbot.dialog.Turn;
import supportbot.dialog.TurnPlayer;
import supportbot.dialog.TurnReport;
import supportbot.knowledge.KnowledgeBase;
import supportbot.nlu.Evaluator;
import supportbot.nlu.ModelFiles;
import supportbot.nlu.ModelKind;
import supportbot.nlu.ModelTrainer;
import supportbot.nlu.Sample;
import supportbot.nlu.Samples;
import supportbot.nlu.TextClassifier;
import supportbot.nlu.TrainingSettings;

@Command(name = "eval", mixinStandardHelpOptions = true, description = {
        "Measure the intent model, or whole turns of the conversation (--turns).",
        "Accuracy, per-label precision/recall/F1, confusion and misses: 10-fold cross-validation of the "
                + "training data, then the shipped model on the held-out test set. With --train and --test: train on one "
                + "doccat file, test on the other. With --turns FILE: play each turn through the real engine and models, "
                + "count right, re-asked and wrong moves per question, and show how often readings are right by their confidence."})
final class EvalCommand implements Callable<Integer> {
    private static final List<String> ALGORITHMS = List.of("MAXENT", "MAXENT_QN", "NAIVEBAYES", "PERCEPTRON");


    @Option(names = "--train", paramLabel = "FILE", description = "Doccat-format training data (default: models/train/).")
    Path train;

    @Option(names = "--test", paramLabel = "FILE", description = "Doccat-format test data (default: models/test/).")
    Path test;

    @Option(names = "--folds", defaultValue = "10", description = "Cross-validation folds (default: ${DEFAULT-VALUE}); 0 skips it.")
    int folds;

    @Option(names = "--seed", defaultValue = "42", description = "Shuffle seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--algorithm", description = "Override the trainer algorithm (MAXENT, MAXENT_QN, NAIVEBAYES, PERCEPTRON).")
    String algorithm;

    @Option(names = "--cutoff", description = "Override the feature cutoff.")
    Integer cutoff;

    @Option(names = "--iterations", description = "Override the training iterations.")
    Integer iterations;

    @Option(names = "--bigrams", arity = "1", description = "Override: add word bigrams (true/false).")
    Boolean bigrams;

    @Option(names = "--char-ngrams", arity = "1", description = "Override: add character 3/4-grams (true/false).")
    Boolean charNgrams;

    @Option(names = "--sentence-embedding", arity = "1", description = "Override: add the sentence embedding's dimensions (true/false).")
    Boolean sentenceEmbedding;

    @Option(names = "--embedding-scale", description = "Override: what the unit-length embedding is multiplied by.")
    Double embeddingScale;

    @Option(names = "--l2-cost", description = "Override: the quasi-Newton trainer's L2 penalty.")
    Double l2Cost;

    @Option(names = "--turns", paramLabel = "FILE", split = ",", description = "Play turn test sets (models/test/turns*.txt; several: a,b) through the real engine and models.")
    List<Path> turns;

    @Option(names = "--quiet", description = "Print only the accuracy lines.")
    boolean quiet;

    @Override
    public Integer call() {
        Settings settings = Settings.load();
        if (turns != null) {
            return playTurns(settings);
        }
        if (folds == 1 || folds < 0) {
            throw new IllegalArgumentException("--folds must be 0 (no cross-validation) or at least 2");
        }
        for (Path file : new Path[] {train, test}) {
            if (file != null && !Files.isReadable(file)) {
                throw new IllegalArgumentException("cannot read " + file);
            }
        }
        if (algorithm != null && !ALGORITHMS.contains(algorithm)) {
            throw new IllegalArgumentException("unknown --algorithm " + algorithm + "; one of " + String.join(", ", ALGORITHMS));
        }
        ModelKind kind = ModelKind.INTENTS;
        TrainingSettings training = overridden(settings.training(kind));
        ModelFiles files = settings.models();
        Path trainFile = train != null ? train : files.trainingData(kind);
        Path testFile = test != null ? test : files.testIntents();
        List<Sample> trainSamples = Samples.read(trainFile);
        System.out.println("settings: " + training);

        if (folds > 1) {
            print(new Evaluator(training).crossValidate(
                    folds + "-fold cross-validation of " + trainFile + " (seed " + seed + ")", trainSamples, folds, seed));
        }
        if (Files.exists(testFile)) {
            // The shipped model, as loaded from disk, unless other data or settings were asked for.
            boolean shipped = train == null && training.equals(settings.training(kind));
            TextClassifier classifier = shipped ? files.intents() : new ModelTrainer(training).classifier(trainSamples);
            print(Evaluator.test((shipped ? "shipped model" : "model trained on " + trainFile) + " on " + testFile,
                    classifier, Samples.read(testFile)));
            if (train == null) {
                KnowledgeBase knowledge = Components.knowledge();
                printDialogReading(new FirstReading(knowledge, classifier, settings.dialog(), Components.english(knowledge, settings.knowledge())),
                        Samples.read(testFile), knowledge);
            }
        }
        return 0;
    }

    private int playTurns(Settings settings) {
        for (Path file : turns) {
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException("cannot read the turn file " + file);
            }
        }
        KnowledgeBase knowledge = Components.knowledge();
        TurnPlayer player = new TurnPlayer(knowledge, settings.models().intents(), settings.models().answers(), settings.dialog(),
                Components.english(knowledge, settings.knowledge()));
        TurnReport report = new TurnReport(turns.stream().flatMap(file -> Turn.read(file).stream()).map(player::play).toList());
        System.out.print(quiet ? report.summary() : report.format());
        return 0;
    }

    /** What the engine's thresholds make of the test set's problem descriptions. */
    private static void printDialogReading(FirstReading reading, List<Sample> samples, KnowledgeBase knowledge) {
        Map<FirstReading.Kind, int[]> counts = new EnumMap<>(FirstReading.Kind.class);
        for (Sample sample : samples) {
            if (!knowledge.isSymptom(sample.label())) {
                continue;
            }
            FirstReading.Reading r = reading.read(sample.text());
            int[] c = counts.computeIfAbsent(r.kind(), k -> new int[3]);
            c[0]++;
            c[1] += r.intents().contains(sample.label()) ? 1 : 0;
            c[2] += !r.intents().isEmpty() && r.intents().get(0).equals(sample.label()) ? 1 : 0;
        }
        int[] none = new int[3];
        System.out.println("How the dialog reads the test set's problem descriptions (thresholds of supportbot.dialog):");
        int[] one = counts.getOrDefault(FirstReading.Kind.ONE_PROBLEM, none);
        int[] two = counts.getOrDefault(FirstReading.Kind.TWO_PROBLEMS, none);
        int[] ask = counts.getOrDefault(FirstReading.Kind.ASKS_WHICH, none);
        System.out.printf("  takes one problem        %4d   the right one %d%n", one[0], one[1]);
        System.out.printf("  works on two problems    %4d   the right one among them %d, the likelier one right %d%n",
                two[0], two[1], two[2]);
        System.out.printf("  asks which problem       %4d   the right one among the options %d%n", ask[0], ask[1]);
        System.out.printf("  not taken as a problem   %4d%n", counts.getOrDefault(FirstReading.Kind.NOT_A_PROBLEM, none)[0]);
    }

    private void print(supportbot.nlu.EvaluationReport report) {
        if (quiet) {
            System.out.printf("%s: accuracy %.4f%n", report.title(), report.accuracy());
        } else {
            System.out.println(report.format());
        }
    }

    private TrainingSettings overridden(TrainingSettings s) {
        return new TrainingSettings(
                algorithm != null ? algorithm : s.algorithm(),
                cutoff != null ? cutoff : s.cutoff(),
                iterations != null ? iterations : s.iterations(),
                bigrams != null ? bigrams : s.bigrams(),
                charNgrams != null ? charNgrams : s.charNgrams(),
                sentenceEmbedding != null ? sentenceEmbedding : s.sentenceEmbedding(),
                embeddingScale != null ? embeddingScale : s.embeddingScale(),
                l2Cost != null ? l2Cost : s.l2Cost(),
                s.threads());
    }
}
