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
import supportbot.nlu.Intent;
import supportbot.nlu.TextClassifier;
import supportbot.nlu.Vocabulary;

/**
 * The rule tests' bot: the toy knowledge base (src/test/resources/toy) with the shipped phrases, and
 * scripted classifiers: a message "label" or "label 0.4" reads as that label, for sure or that sure.
 * Replies read "label" with 0.9, and the rest spread thin; descriptions read "problem:slow" etc.
 */
final class ToyBot {
    static final KnowledgeBase KNOWLEDGE = load();
    static final DialogSettings SETTINGS = new DialogSettings(0.5, 0.2, 0.25, 0.1, 0.7, 3, 500, Duration.ofHours(24));

    private ToyBot() {
    }

    static DialogEngine engine() {
        return engine(SETTINGS);
    }

    static DialogEngine engine(DialogSettings settings) {
        return new DialogEngine(KNOWLEDGE, ToyBot::intents, ToyBot::replies, settings, Vocabulary.of(KNOWLEDGE.texts()));
    }

    private static KnowledgeBase load() {
        Config toy = ConfigFactory.parseFile(new File("src/test/resources/toy/knowledge.conf"));
        Config phrases = ConfigFactory.parseFile(new File("conf/knowledge.conf")).withOnlyPath("phrases");
        Config shared = ConfigFactory.parseFile(new File("conf/phrases.conf"));
        return new KnowledgeLoader("toy").load(toy.withFallback(phrases).resolve(), shared);
    }

    /** "problem:slow" is the symptom slow, "greeting" the greeting; anything else is out of scope. */
    static Classification intents(String text) {
        // "fixed problem:broken": an answer and a problem at once; the problem is what the intent model hears.
        String[] all = text.strip().split(" ");
        String[] words = all.length > 1 && all[1].startsWith("problem:") ? java.util.Arrays.copyOfRange(all, 1, all.length) : all;
        double sure = words.length > 1 && words[1].matches("0\\.\\d+") ? Double.parseDouble(words[1]) : 0.95;
        String label = words[0].startsWith("problem:") ? words[0].substring(8)
                : List.of("greeting", "thanks", "help", "human").contains(words[0]) ? words[0] : "out_of_scope";
        return new Classification(List.of(new Intent(label, words[0].startsWith("problem:") || !label.equals("out_of_scope")
                ? sure : 0.3), new Intent("none", 0)));
    }

    private static final List<String> REPLY_LABELS = List.of("fixed", "not_fixed", "yes", "no", "skip", "decline", "help",
            "unsure", "stop", "wait", "continue", "start_over", "another_problem", "human", "remark");

    static Classification replies(String text) {
        String[] words = text.strip().split(" ");
        String label = REPLY_LABELS.contains(words[0]) ? words[0] : "remark";
        double sure = words.length > 1 && words[1].matches("0\\.\\d+") ? Double.parseDouble(words[1]) : 0.9;
        double rest = (1 - sure) / (REPLY_LABELS.size() - 1);
        return new Classification(REPLY_LABELS.stream()
                .map(l -> new Intent(l, l.equals(label) ? sure : rest))
                .sorted((a, b) -> Double.compare(b.confidence(), a.confidence()))
                .toList());
    }

    static Map<String, String> fixOfQuestion() {
        return Map.of("step", "plain", "check", "status", "variant", "model", "confirm", "risky");
    }
}
