package supportbot.nlu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Measures a model on held-out messages, or the training data by k-fold cross-validation. */
public final class Evaluator {
    private final TrainingSettings settings;

    public Evaluator(TrainingSettings settings) {
        this.settings = settings;
    }

    public static EvaluationReport test(String title, TextClassifier classifier, List<Sample> samples) {
        List<EvaluationReport.Prediction> predictions = new ArrayList<>();
        for (Sample sample : samples) {
            List<Intent> ranked = classifier.classify(sample.text()).ranked();
            Intent top = ranked.get(0);
            double second = ranked.size() > 1 ? ranked.get(1).confidence() : 0;
            predictions.add(new EvaluationReport.Prediction(sample.text(), sample.label(), top.name(), top.confidence(),
                    top.confidence() - second));
        }
        return new EvaluationReport(title, predictions);
    }

    /**
     * Shuffled with a fixed seed, so two runs on the same data give the same figures. The folds train at once,
     * one per core: each is its own model, so the figures do not depend on how many run together.
     */
    public EvaluationReport crossValidate(String title, List<Sample> samples, int folds, long seed) {
        List<Sample> shuffled = new ArrayList<>(samples);
        Collections.shuffle(shuffled, new Random(seed));
        ModelTrainer trainer = new ModelTrainer(settings);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(folds, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<EvaluationReport>> results = new ArrayList<>();
            for (int fold = 0; fold < folds; fold++) {
                List<Sample> train = new ArrayList<>();
                List<Sample> held = new ArrayList<>();
                for (int i = 0; i < shuffled.size(); i++) {
                    (i % folds == fold ? held : train).add(shuffled.get(i));
                }
                results.add(pool.submit(() -> test("fold", trainer.classifier(train), held)));
            }
            List<EvaluationReport.Prediction> predictions = new ArrayList<>();
            for (Future<EvaluationReport> result : results) {
                predictions.addAll(result.get().predictions());
            }
            return new EvaluationReport(title, predictions);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("cross-validation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
