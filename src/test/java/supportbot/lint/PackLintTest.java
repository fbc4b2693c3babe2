package supportbot.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import supportbot.lint.LintProblem.Severity;
import supportbot.nlu.ModelFiles;
import supportbot.nlu.ModelKind;
import supportbot.testing.TrainedPack;

/** `lint` is clean on the shipped pack and catches each mistake it is meant to, with its file and line. */
class PackLintTest {
    private static final Path KNOWLEDGE = Path.of("conf", "knowledge.conf");
    private static final Path TRAIN = Path.of("models", "train", "intents.txt");
    private static final Path TEST = Path.of("models", "test", "intents.txt");

    @TempDir
    Path dir;

    /** A copy of the shipped pack to spoil. */
    private record Pack(Path knowledge, Path train, Path test) {
        void append(Path file, String text) throws IOException {
            Files.writeString(file, "\n" + text + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
    }

    private interface Mistake {
        void make(Pack pack) throws IOException;
    }

    private Pack copy() throws IOException {
        Pack pack = new Pack(dir.resolve("knowledge.conf"), dir.resolve("train.txt"), dir.resolve("test.txt"));
        Files.copy(KNOWLEDGE, pack.knowledge());
        Files.copy(TRAIN, pack.train());
        Files.copy(TEST, pack.test());
        return pack;
    }

    @Test
    void theShippedPackHasNoErrors() {
        List<LintProblem> problems = new PackLint(KNOWLEDGE, TRAIN, TEST, 20).run(true);
        assertThat(problems).filteredOn(p -> p.severity() == Severity.ERROR).isEmpty();
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("a symptom without training examples", (Mistake) p -> Files.write(p.train(),
                        Files.readAllLines(p.train()).stream().filter(l -> !l.startsWith("not_charging ")).toList()),
                        Severity.ERROR, "knowledge.conf:", "symptom 'not_charging' has no training examples"),
                Arguments.of("a label no symptom answers", (Mistake) p -> p.append(p.train(), "battery_drain my battery dies by noon"),
                        Severity.ERROR, "train.txt:", "label 'battery_drain' (1 lines) is neither a symptom"),
                Arguments.of("a test label not in training", (Mistake) p -> p.append(p.test(), "mystery_label what is this"),
                        Severity.ERROR, "test.txt:", "test label 'mystery_label' is not in the training data"),
                Arguments.of("the same words under two labels", (Mistake) p -> p.append(p.train(),
                        "greeting " + Files.readAllLines(p.train()).stream().filter(l -> l.startsWith("storage_full ")).findFirst()
                                .orElseThrow().substring("storage_full ".length())),
                        Severity.ERROR, "train.txt:", "which is labelled 'storage_full', not 'greeting'"),
                Arguments.of("nearly the same words under two labels", (Mistake) p -> p.append(p.train(),
                        "storage_full my iphone will not back up to icloud at all since last week honestly"
                                + "\nbackup_stuck my iphone will not back up to icloud at all since last week"),
                        Severity.WARNING, "train.txt:", "nearly the same words as line"),
                Arguments.of("a fix no symptom offers", (Mistake) p -> p.append(p.knowledge(),
                        "fixes { lonely-fix { title = \"Lonely\", why = \"Nobody asks\", steps = [\"Wait\"], details = \"None\" } }"),
                        Severity.WARNING, "knowledge.conf:", "fix 'lonely-fix' is offered by no symptom"),
                Arguments.of("a pattern that does not compile", (Mistake) p -> p.append(p.knowledge(),
                        "fixes { restart-iphone { already-done = [\"(restarted\"] } }"),
                        Severity.ERROR, "knowledge.conf:", "bad pattern '(restarted'"),
                Arguments.of("a placeholder the bot does not fill", (Mistake) p -> p.append(p.knowledge(),
                        "fixes { check-wifi { why = \"Your {device} needs Wi-Fi.\" } }"),
                        Severity.ERROR, "knowledge.conf:", "says {device}, which the bot does not fill in"),
                Arguments.of("a symptom in a topic the pack does not have", (Mistake) p -> p.append(p.knowledge(),
                        "symptoms { storage_full { topic = \"storage\" } }"),
                        Severity.ERROR, "knowledge.conf:", "no topic 'storage' under topics"),
                Arguments.of("a misspelled key in a check", (Mistake) p -> p.append(p.knowledge(),
                        "fixes { check-icloud-status { check { wait-onn = \"no\" } } }"),
                        Severity.ERROR, "knowledge.conf:", "check.wait-onn: unknown key"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeIsReportedWithItsFileAndLine(String name, Mistake mistake, Severity severity, String where, String says)
            throws IOException {
        Pack pack = copy();
        mistake.make(pack);
        List<LintProblem> problems = new PackLint(pack.knowledge(), pack.train(), pack.test(), 20).run(true);
        assertThat(problems).filteredOn(p -> p.severity() == severity && p.message().contains(says)).isNotEmpty()
                .allSatisfy(p -> {
                    assertThat(p.toString()).contains(where);
                    assertThat(p.line()).as("a line to go to").isPositive();
                });
    }

    @Test
    void theSecondPackIsCleanOnceTrained() {
        TrainedPack charging = TrainedPack.charging();
        ModelFiles models = charging.pack.models();
        boolean current = models.recordedFingerprint(ModelKind.INTENTS)
                .equals(models.currentFingerprint(ModelKind.INTENTS, charging.settings.training(ModelKind.INTENTS)));
        List<LintProblem> problems = new PackLint(charging.pack.knowledgeFile(), models.trainingData(ModelKind.INTENTS),
                models.testIntents(), 20).run(current);
        assertThat(problems).isEmpty();
    }

    @Test
    void aLabelWithFewExamplesAndAStaleModelAreReported() {
        List<LintProblem> problems = new PackLint(KNOWLEDGE, TRAIN, TEST, 100).run(false);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).contains("label 'greeting' has", "fewer than 100");
        });
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("run 'train'"));
    }
}
