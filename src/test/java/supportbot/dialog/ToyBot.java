package supportbot.dialog;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import supportbot.knowledge.KnowledgeBase;
import supportbot.knowledge.KnowledgeLoader;
import supportbot.nlu.Classification;
import supportbot.nlu.AnswerSet;
import supportbot.nlu.Intent;
import supportbot.nlu.Language;
import supportbot.nlu.TextClassifier;
import supportbot.nlu.Vocabulary;

/**
 * The rule tests' bot: the toy knowledge base (src/test/resources/toy) with the shipped phrases, and
 * scripted classifiers: a message "label" or "label 0.4" reads as that label, for sure or that sure.
 * Replies read "label" with 0.9, and the rest spread thin; descriptions read "problem:slow" etc.
 */
final class ToyBot {
    static final KnowledgeBase KNOWLEDGE = load();
    static final ReadingPolicy POLICY = new ReadingPolicy(0.75, 0.4, 0.3, 0.7, 0.9);
    static final DialogSettings SETTINGS = new DialogSettings(0.5, 0.2, POLICY, 3, 500, Duration.ofHours(24));

    private ToyBot() {
    }

    static DialogEngine engine() {
        return engine(SETTINGS);
    }

    static DialogEngine engine(DialogSettings settings) {
        return new DialogEngine(KNOWLEDGE, ToyBot::intents, ToyBot::answers, settings, english());
    }

    /** What the toy bot knows of English: its own texts and the shipped conf/language.conf. */
    static Language english() {
        return Language.of(ConfigFactory.parseFile(new File("conf/language.conf")).getConfig("language"), Vocabulary.of(KNOWLEDGE.texts()));
    }

    private static KnowledgeBase load() {
        Config toy = ConfigFactory.parseFile(new File("src/test/resources/toy/knowledge.conf"));
        Config phrases = ConfigFactory.parseFile(new File("conf/knowledge.conf")).withOnlyPath("phrases");
        Config shared = ConfigFactory.parseFile(new File("conf/phrases.conf"));
        return new KnowledgeLoader("toy").load(toy.withFallback(phrases).resolve(), shared);
    }

    /**
     * "problem:slow" is the symptom slow, "greeting" the greeting; anything else is out of scope. "new:broken 0.6"
     * names the problem broken surely (the model of answers is the one unsure that it is another problem).
     */
    static Classification intents(String text) {
        String[] words = text.strip().split(" ");
        if (words[0].startsWith("new:")) {
            return new Classification(List.of(new Intent(words[0].substring(4), 0.95), new Intent("none", 0.05)));
        }
        double sure = words.length > 1 && words[1].matches("0\\.\\d+") ? Double.parseDouble(words[1]) : 0.95;
        String label = words[0].startsWith("problem:") ? words[0].substring(8)
                : List.of("greeting", "thanks", "help", "human").contains(words[0]) ? words[0] : "out_of_scope";
        return new Classification(List.of(new Intent(label, words[0].startsWith("problem:") || !label.equals("out_of_scope")
                ? sure : 0.3), new Intent("none", 0)));
    }

    private static final Map<String, AnswerSet> SETS = DialogEngine.answerSets(KNOWLEDGE).stream()
            .collect(java.util.stream.Collectors.toMap(AnswerSet::name, set -> set));

    /**
     * Answers read as the model of answers would read them at that question: "label" or "label 0.4" is that
     * label (0.9 sure, or that sure); a plain "yes" or "no" means what it means there; "help" and "unsure" ask
     * how; "problem:X" and "new:X" describe another problem (the intent model says which); the rest spread thin.
     */
    static Classification answers(String question, String text) {
        String[] words = text.strip().split(" ");
        AnswerSet set = SETS.get(question);
        String label = switch (words[0]) {
            case "yes" -> set.yes() != null ? set.yes() : "remark";
            case "no" -> set.no() != null ? set.no() : "remark";
            case "help", "unsure" -> "ask_how";
            default -> words[0].startsWith("problem:") || words[0].startsWith("new:") ? "new_problem"
                    : words[0].matches("[a-z_:-]+") ? words[0] : "remark";
        };
        double sure = words.length > 1 && words[1].matches("0\\.\\d+") ? Double.parseDouble(words[1]) : 0.9;
        return new Classification(List.of(new Intent(label, sure), new Intent("remark".equals(label) ? "stop" : "remark", 1 - sure)));
    }

    static Map<String, String> fixOfQuestion() {
        return Map.of("step", "plain", "check", "status", "variant", "model", "confirm", "risky");
    }
}
