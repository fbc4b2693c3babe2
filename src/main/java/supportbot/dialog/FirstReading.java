package supportbot.dialog;

import java.util.List;
import supportbot.knowledge.KnowledgeBase;
import supportbot.nlu.Language;
import supportbot.nlu.TextClassifier;

/**
 * How the engine reads a message that describes a problem (the rules of {@link DescriptionReader}), for
 * measuring them on a test set: which problem it takes, whether it works on two, or asks.
 */
public final class FirstReading {
    private final DescriptionReader reader;

    public FirstReading(KnowledgeBase knowledge, TextClassifier intents, DialogSettings settings, Language english) {
        this.reader = new DescriptionReader(knowledge, intents, settings, english);
    }

    public enum Kind { ONE_PROBLEM, TWO_PROBLEMS, ASKS_WHICH, NOT_A_PROBLEM }

    /** What the engine would do, with the intents it would work on or offer, likeliest first. */
    public record Reading(Kind kind, List<String> intents) {
    }

    public Reading read(String text) {
        Answer answer = reader.read(text);
        if (answer instanceof Answer.Problem problem) {
            return new Reading(Kind.ONE_PROBLEM, List.of(problem.intent()));
        }
        if (answer instanceof Answer.Between between) {
            return new Reading(Kind.TWO_PROBLEMS, List.of(between.likelier().intent(), between.other().intent()));
        }
        if (answer instanceof Answer.Clarify clarify) {
            return new Reading(Kind.ASKS_WHICH, clarify.intents());
        }
        return new Reading(Kind.NOT_A_PROBLEM, List.of());
    }
}
