package supportbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
                .isEqualTo(FILES.currentFingerprint(kind, SETTINGS.training()));
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

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void theShippedModelReachesNinetyFivePercentOnTheHeldOutTestSet(ModelKind kind) {
        EvaluationReport report = Evaluator.test("test", new OpenNlpClassifier(FILES.load(kind)),
                Samples.read(FILES.testData(kind)));
        assertThat(report.accuracy()).as(report.format()).isGreaterThanOrEqualTo(0.95);
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void crossValidationStaysAboveTheMeasuredFloor(ModelKind kind) {
        double floor = kind == ModelKind.INTENTS ? 0.84 : 0.85;
        EvaluationReport report = new Evaluator(SETTINGS.training())
                .crossValidate("cv", Samples.read(FILES.trainingData(kind)), 10, 42);
        assertThat(report.accuracy()).as(report.format()).isGreaterThanOrEqualTo(floor);
    }

    private static String normal(String text) {
        return String.join(" ", TextNormalizer.tokens(text));
    }
}
