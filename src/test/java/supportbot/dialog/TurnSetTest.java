package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import supportbot.app.Components;
import supportbot.app.Settings;
import supportbot.knowledge.KnowledgeBase;
import supportbot.nlu.ModelKind;
import supportbot.nlu.Samples;
import supportbot.nlu.TextNormalizer;

/**
 * The held-out turn sets played through the real engine and models: what people type at each question must
 * never move the conversation the wrong way, and nearly always do the right thing. Each set was written by
 * a separate author before the change it measures (docs/nlu-data.md); c and d by authors who had seen
 * neither the training data nor any other set, and nobody tuned to them while reading their misses.
 */
class TurnSetTest {
    private static final Map<String, TurnReport> REPORTS = new HashMap<>();

    @BeforeAll
    static void play() {
        Settings settings = Settings.load();
        KnowledgeBase knowledge = Components.knowledge();
        TurnPlayer player = new TurnPlayer(knowledge, settings.models().intents(), settings.models().answers(), settings.dialog(),
                Components.english(knowledge, settings.knowledge()));
        for (String set : List.of("turns", "turns-b", "turns-c", "turns-d", "turns-e", "turns-f")) {
            REPORTS.put(set, new TurnReport(Turn.read(Path.of("models/test/" + set + ".txt")).stream().map(player::play).toList()));
        }
    }

    // The goal is no wrong move and 95% right on every set; these are today's measurements (README, NLU), so
    // that any change that moves a turn the wrong way, or reads fewer right, fails here. Held-out c and d
    // were 70.9% right with 28 wrong moves before the model of answers; held-out e (2026-12-08, author E) was
    // 87.7% right with 8 wrong moves at its first look, 88.1% once its lines were out of the training data;
    // held-out f (2026-12-08, author F: stories, questions inside answers, facts) 74.8% with 7 at its first look,
    // 74.8% with 8 after a retraining that took out one line it shares with the training data. Asking "you've
    // already done or checked this one?" where a step's own condition is told ("I'm on the 200GB plan") costs e
    // and f a turn each that was right as a plain re-ask (87.3% to 86.9%, 74.8% to 74.4%), and moves nothing.
    @ParameterizedTest(name = "{0}: at most {1} wrong moves, at least {2} right")
    @CsvSource({"turns, 0, 0.97", "turns-b, 1, 0.95", "turns-c, 1, 0.93", "turns-d, 2, 0.90", "turns-e, 8, 0.86", "turns-f, 8, 0.74"})
    void turnsMoveTheConversationTheWrongWayNoMoreOftenAndReadRightNoLessOftenThanMeasured(String set, int wrong, double right) {
        TurnReport report = REPORTS.get(set);
        assertThat(report.count(Turn.Verdict.WRONG_MOVE)).as(report.format()).isLessThanOrEqualTo(wrong);
        assertThat(report.rightShare()).as(report.format()).isGreaterThanOrEqualTo(right);
    }

    @ParameterizedTest
    @ValueSource(strings = {"turns", "turns-b", "turns-c", "turns-d", "turns-e", "turns-f"})
    void theSetCoversEveryQuestionWithTenTurnsOrMore(String set) {
        List<String> questions = List.of("on_step", "checking", "outage", "choosing_variant", "confirming", "resolved",
                "out_of_fixes", "clarifying", "welcome_back");
        for (String question : questions) {
            assertThat(REPORTS.get(set).results().stream().filter(r -> r.turn().question().equals(question)).count())
                    .as(set + " " + question).isGreaterThanOrEqualTo(10);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"turns", "turns-b", "turns-c", "turns-d", "turns-e", "turns-f"})
    void theTurnsTypedWordsAreNotInTheTrainingData(String set) throws IOException {
        List<String> train;
        try (Stream<Path> files = Files.list(Settings.load().models().trainingData(ModelKind.ANSWERS))) {
            train = files.flatMap(f -> Samples.read(f).stream()).map(s -> normal(s.text())).toList();
        }
        // A plain "no" or "2" is in every set of answers: only messages of three words or more count.
        assertThat(REPORTS.get(set).results().stream().map(r -> normal(r.turn().typed())).filter(t -> t.split(" ").length > 2)
                .filter(train::contains).toList()).isEmpty();
    }

    private static String normal(String text) {
        return String.join(" ", TextNormalizer.tokens(text));
    }
}
