package supportbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import supportbot.app.Settings;

/**
 * The models in models/ are the ones the data and settings say they are, and they are good enough.
 * The floors sit a little under what was measured (see README, "NLU"), so that a real drop fails.
 */
class ShippedModelTest {
    private static final Settings SETTINGS = Settings.load();
    private static final ModelFiles FILES = SETTINGS.models();

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void theShippedModelWasTrainedOnTheShippedDataAndSettings(ModelKind kind) {
        assertThat(FILES.recordedFingerprint(kind))
                .as("models/%s.bin is stale: run 'java -jar target/supportbot.jar train'", kind.fileStem())
                .isEqualTo(FILES.currentFingerprint(kind, SETTINGS.training(kind)));
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void theTestSetIsKeptApartFromTheTrainingData(ModelKind kind) {
        List<String> train = Samples.read(FILES.trainingData(kind)).stream().map(s -> normal(s.text())).toList();
        List<String> overlap = Samples.read(FILES.testData(kind)).stream()
                .map(s -> normal(s.text()))
                .filter(train::contains)
                .toList();
        assertThat(overlap).as("test messages also in the training data").isEmpty();
    }

    @Test
    void theIntentModelReachesNinetySevenPercentOnTheHeldOutTestSet() {
        EvaluationReport report = Evaluator.test("test", FILES.classifier(ModelKind.INTENTS),
                Samples.read(FILES.testData(ModelKind.INTENTS)));
        assertThat(report.accuracy()).as(report.format()).isGreaterThanOrEqualTo(0.97);
    }

    /**
     * The reply test set was written for the five answers of the first design to "Did that fix it?": its
     * "skip" held both "already tried" and "next one please" (now declined), its "stop" also "I'll try
     * later" (now a remark that keeps the step). Read the way the step question reads the model's labels,
     * each test label accepts what it meant then. The turn set (TurnSetTest) measures answers everywhere.
     */
    @Test
    void theReplyModelReadsTheHeldOutAnswersToAStepRight() {
        TextClassifier model = FILES.classifier(ModelKind.REPLIES);
        Map<String, String> atAStep = Map.ofEntries(Map.entry("yes", "fixed"), Map.entry("no", "not_fixed"),
                Map.entry("decline", "skip"), Map.entry("continue", "skip"), Map.entry("wait", "stop"),
                Map.entry("unsure", "help"));
        TextClassifier asAStepAnswer = text -> {
            Intent top = model.classify(text).top();
            return new Classification(List.of(new Intent(atAStep.getOrDefault(top.name(), top.name()), top.confidence())));
        };
        EvaluationReport report = Evaluator.test("test", asAStepAnswer, Samples.read(FILES.testData(ModelKind.REPLIES)));
        assertThat(report.accuracy()).as(report.format()).isGreaterThanOrEqualTo(0.88);
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void crossValidationStaysAboveTheMeasuredFloor(ModelKind kind) {
        double floor = switch (kind) {
            // Measured 0.927 (seed 7: 0.924). The seed alone moves it about a point: the data before the vague
            // "backup won't work" lines gave 0.940 and 0.928.
            case INTENTS -> 0.92;
            case QUICK_INTENTS -> 0.84;  // words alone
            case REPLIES -> 0.85;
        };
        EvaluationReport report = new Evaluator(SETTINGS.training(kind))
                .crossValidate("cv", Samples.read(FILES.trainingData(kind)), 10, 42);
        assertThat(report.accuracy()).as(report.format()).isGreaterThanOrEqualTo(floor);
    }

    private static String normal(String text) {
        return String.join(" ", TextNormalizer.tokens(text));
    }
}
