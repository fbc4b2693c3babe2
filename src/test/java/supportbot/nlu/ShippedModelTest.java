package supportbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import supportbot.app.Settings;

/**
 * The models in models/ are the ones the data and settings say they are, and they are good enough.
 * The floors sit a little under what was measured (see README, "NLU"), so that a real drop fails. The model
 * of answers is measured by whole turns (TurnSetTest).
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

    @Test
    void theTestSetsOfDescriptionsAreKeptApartFromTheTrainingData() throws IOException {
        List<String> train = Samples.read(FILES.trainingData(ModelKind.INTENTS)).stream().map(s -> normal(s.text())).toList();
        for (Path test : List.of(FILES.testIntents(), FILES.testIntents().resolveSibling("intents-b.txt"))) {
            List<String> overlap = Samples.read(test).stream().map(s -> normal(s.text())).filter(train::contains).toList();
            assertThat(overlap).as("messages of %s also in the training data", test).isEmpty();
        }
    }

    @Test
    void theIntentModelReachesNinetySevenPercentOnTheHeldOutTestSets() {
        for (Path test : List.of(FILES.testIntents(), FILES.testIntents().resolveSibling("intents-b.txt"))) {
            EvaluationReport report = Evaluator.test("test", FILES.intents(), Samples.read(test));
            assertThat(report.accuracy()).as(report.format()).isGreaterThanOrEqualTo(0.97);
        }
    }

    @Test
    void crossValidationOfTheIntentModelStaysAboveTheMeasuredFloor() {
        // Measured 0.927 (seed 7: 0.924). The seed alone moves it about a point.
        EvaluationReport report = new Evaluator(SETTINGS.training(ModelKind.INTENTS))
                .crossValidate("cv", Samples.read(FILES.trainingData(ModelKind.INTENTS)), 10, 42);
        assertThat(report.accuracy()).as(report.format()).isGreaterThanOrEqualTo(0.92);
    }

    private static String normal(String text) {
        return String.join(" ", TextNormalizer.tokens(text));
    }
}
