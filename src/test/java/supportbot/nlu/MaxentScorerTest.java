package supportbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast scorer is an optimisation only: on the shipped models it gives OpenNLP's own numbers. */
class MaxentScorerTest {
    private static final List<String> TEXTS = List.of("my iphone hasnt backed up in weeks", "didnt help",
            "tapped Back Up Now and it just sits there", "storage isn't the problem", "ok cleared like 4gb and the backup"
                    + " just finished!!", "is it safe to sign out? will i lose my photos", "???", "connect me to a human pls",
            "mi iphone no hace copia de seguridad", "the switch was already green");

    @Test
    void theShippedModelsScoreEveryMessageAsOpenNlpDoes() {
        ModelFiles files = new ModelFiles(Path.of("models"));
        for (ModelKind kind : ModelKind.values()) {
            ClassifierModel model = files.load(kind);
            SentenceEmbedder embedder = OpenNlpClassifier.embedderFor(model, SharedEmbedder::get);
            var scorer = MaxentScorer.of(model.maxent());
            List<String> questions = model.questions().isEmpty() ? java.util.Collections.singletonList(null)
                    : List.copyOf(model.questions().keySet());
            for (String question : questions) {
                for (String text : TEXTS) {
                    FeatureSet.Features features = model.features().of(question, text, embedder);
                    assertThat(scorer.apply(features)).as("%s at %s: %s", kind, question, text)
                            .containsExactly(model.maxent().eval(features.names(), features.values()));
                }
            }
        }
    }
}
