package supportbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import supportbot.nlu.EvaluationReport.Prediction;

class EvaluationReportTest {
    private final EvaluationReport report = new EvaluationReport("t", List.of(
            new Prediction("a1", "a", "a", 0.9),
            new Prediction("a2", "a", "b", 0.6),
            new Prediction("b1", "b", "b", 0.8),
            new Prediction("b2", "b", "b", 0.3)));

    @Test
    void accuracyPrecisionRecallAndF1() {
        assertThat(report.accuracy()).isEqualTo(0.75);
        assertThat(report.precision("b")).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(report.recall("a")).isEqualTo(0.5);
        assertThat(report.f1("a")).isCloseTo(2 * 1.0 * 0.5 / 1.5, within(1e-9));
    }

    @Test
    void confusionCountsTrueLabelAgainstPredicted() {
        assertThat(report.confusion().get("a")).containsEntry("a", 1).containsEntry("b", 1);
        assertThat(report.confusion().get("b")).containsEntry("a", 0).containsEntry("b", 2);
    }

    @Test
    void theFormattedReportListsTheMisses() {
        assertThat(report.format()).contains("accuracy 0.7500", "a -> b (0.60): a2");
    }
}
