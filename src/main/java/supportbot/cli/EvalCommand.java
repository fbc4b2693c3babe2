package supportbot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import supportbot.app.Settings;
import supportbot.nlu.Evaluator;
import supportbot.nlu.ModelFiles;
import supportbot.nlu.ModelKind;
import supportbot.nlu.ModelTrainer;
import supportbot.nlu.OpenNlpClassifier;
import supportbot.nlu.Sample;
import supportbot.nlu.Samples;
import supportbot.nlu.TrainingSettings;

@Command(name = "eval", description = {
        "Report accuracy, per-label precision/recall/F1, confusion and misses:",
        "10-fold cross-validation of the training data, then the shipped model on the held-out test set.",
        "With --train and --test: train on one doccat file, test on the other."})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--replies", description = "Evaluate the reply model instead of the intent model.")
    boolean replies;

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

    @Option(names = "--quiet", description = "Print only the accuracy lines.")
    boolean quiet;

    @Override
    public Integer call() {
        Settings settings = Settings.load();
        TrainingSettings training = overridden(settings.training());
        ModelFiles files = settings.models();
        ModelKind kind = replies ? ModelKind.REPLIES : ModelKind.INTENTS;
        Path trainFile = train != null ? train : files.trainingData(kind);
        Path testFile = test != null ? test : files.testData(kind);
        List<Sample> trainSamples = Samples.read(trainFile);
        System.out.println("settings: " + training);

        if (folds > 1) {
            print(new Evaluator(training).crossValidate(
                    folds + "-fold cross-validation of " + trainFile + " (seed " + seed + ")", trainSamples, folds, seed));
        }
        if (Files.exists(testFile)) {
            // The shipped model, as loaded from disk, unless other data or settings were asked for.
            boolean shipped = train == null && training.equals(settings.training());
            var classifier = new OpenNlpClassifier(shipped
                    ? files.load(kind)
                    : new ModelTrainer(training).train(trainSamples));
            print(Evaluator.test((shipped ? "shipped model" : "model trained on " + trainFile) + " on " + testFile,
                    classifier, Samples.read(testFile)));
        }
        return 0;
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
                charNgrams != null ? charNgrams : s.charNgrams());
    }
}
