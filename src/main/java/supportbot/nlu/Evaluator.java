package supportbot.nlu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

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

    /** Shuffled with a fixed seed, so two runs on the same data give the same figures. */
    public EvaluationReport crossValidate(String title, List<Sample> samples, int folds, long seed) {
        List<Sample> shuffled = new ArrayList<>(samples);
        Collections.shuffle(shuffled, new Random(seed));
        ModelTrainer trainer = new ModelTrainer(settings);
        List<EvaluationReport.Prediction> predictions = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<Sample> train = new ArrayList<>();
            List<Sample> held = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) {
                (i % folds == fold ? held : train).add(shuffled.get(i));
            }
            TextClassifier classifier = trainer.classifier(train);
            predictions.addAll(test("fold", classifier, held).predictions());
        }
        return new EvaluationReport(title, predictions);
    }
}
