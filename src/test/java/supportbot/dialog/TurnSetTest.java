package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import supportbot.app.Components;
import supportbot.app.Settings;
import supportbot.knowledge.KnowledgeBase;
import supportbot.nlu.ModelKind;

/**
 * The held-out turn set (models/test/turns.txt, written by a separate author before the change) played
 * through the real engine and models: what people type at each question must never move the conversation
 * the wrong way, and nearly always do the right thing.
 */
class TurnSetTest {
    private static TurnReport report;

    @BeforeAll
    static void play() {
        Settings settings = Settings.load();
        KnowledgeBase knowledge = Components.knowledge();
        TurnPlayer player = new TurnPlayer(knowledge, settings.models().intents(),
                settings.models().classifier(ModelKind.REPLIES), settings.dialog(), Components.english(knowledge, settings.knowledge()));
        report = new TurnReport(Turn.read(Path.of("models/test/turns.txt")).stream().map(player::play).toList());
    }

    @Test
    void noTurnMovesTheConversationTheWrongWay() {
        assertThat(report.count(Turn.Verdict.WRONG_MOVE)).as(report.format()).isZero();
    }

    @Test
    void atLeastNinetyFivePercentOfTurnsDoTheRightThing() {
        assertThat(report.rightShare()).as(report.format()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theSetCoversEveryQuestionWithTenTurnsOrMore() {
        List<String> questions = List.of("on_step", "checking", "outage", "choosing_variant", "confirming", "resolved",
                "out_of_fixes", "clarifying", "welcome_back");
        for (String question : questions) {
            assertThat(report.results().stream().filter(r -> r.turn().question().equals(question)
                    && r.verdict() != Turn.Verdict.NOT_REACHED).count()).as(question).isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void theTurnsTypedWordsAreNotInTheReplyTrainingData() {
        List<String> train = supportbot.nlu.Samples.read(Settings.load().models().trainingData(ModelKind.REPLIES)).stream()
                .map(s -> normal(s.text())).toList();
        assertThat(report.results().stream().map(r -> normal(r.turn().typed())).filter(train::contains).toList()).isEmpty();
    }

    private static String normal(String text) {
        return String.join(" ", supportbot.nlu.TextNormalizer.tokens(text));
    }
}
