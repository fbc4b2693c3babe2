package supportbot.dialog;

import java.util.List;
import supportbot.knowledge.Fix;
import supportbot.knowledge.KnowledgeBase;
import supportbot.nlu.Classification;
import supportbot.nlu.Intent;
import supportbot.nlu.TextClassifier;
import supportbot.nlu.TextNormalizer;

/**
 * Reads words as a description of a problem: which problem, two, "which one?", or small talk. The
 * description's thresholds live here; {@link MessageReader} asks it whenever words may describe a problem.
 */
final class DescriptionReader {
    /** The intent of a message that says something is wrong, but not what. */
    private static final String UNCLEAR_PROBLEM = "unclear_problem";
    private static final String OUT_OF_SCOPE = "out_of_scope";
    /** Replies of up to this many words are first read on words alone. */
    private static final int QUICK_WORDS = 3;
    private final KnowledgeBase knowledge;
    private final TextClassifier intents;
    private final DialogSettings settings;

    DescriptionReader(KnowledgeBase knowledge, TextClassifier intents, DialogSettings settings) {
        this.knowledge = knowledge;
        this.intents = intents;
        this.settings = settings;
    }

    /** A first message, or one to a person's question: the words that describe the problem, read. */
    Answer read(String text) {
        return describe(intents.classify(complaint(text)));
    }

    /**
     * The words that describe the problem: "ive already restarted it and my wifi is fine" says what was done,
     * not what is wrong, so those clauses are left out (they still skip those fixes).
     */
    private String complaint(String text) {
        List<String> clauses = Fix.clauses(text);
        List<String> kept = clauses.stream()
                .filter(clause -> knowledge.fixes().values().stream()
                        .noneMatch(f -> f.saidDone(clause, c -> String.join(" ", TextNormalizer.tokens(c)))))
                .toList();
        return kept.isEmpty() || kept.size() == clauses.size() ? text : String.join(" ", kept);
    }

    /** A message read as a description: a problem, a clarifying question, or small talk. */
    Answer describe(Classification c) {
        Intent top = c.top();
        if (top.confidence() < settings.clarifyConfidence()) {
            return new Answer.Act(Action.UNCLEAR);
        }
        if (top.name().equals(UNCLEAR_PROBLEM)) {
            // "icloud is acting up": a problem, but not which one. Ask, offering the likeliest ones.
            return clarify(c);
        }
        if (top.name().equals(OUT_OF_SCOPE) && inScope(c) > top.confidence()) {
            // "my backup isn't working": out of scope by a hair, while the problems and "a problem, but which?"
            // together are likelier. Ask which one rather than say it is not for this bot.
            return clarify(c);
        }
        if (!knowledge.isSymptom(top.name())) {
            return new Answer.Act(Action.ofConversationIntent(top.name()));
        }
        if (top.confidence() >= settings.acceptConfidence()) {
            return new Answer.Problem(top.name(), top.confidence());
        }
        // Torn between exactly two problems: work on both (TwoProblemPlan) rather than ask.
        List<Intent> ranked = c.ranked();
        Intent second = ranked.size() > 1 ? ranked.get(1) : null;
        boolean onlyTwo = ranked.size() < 3 || ranked.get(2).confidence() < settings.clarifyConfidence();
        if (second != null && knowledge.isSymptom(second.name()) && second.confidence() >= settings.clarifyConfidence()
                && top.confidence() + second.confidence() >= settings.acceptConfidence() && onlyTwo) {
            return new Answer.Between(new Answer.Problem(top.name(), top.confidence()),
                    new Answer.Problem(second.name(), second.confidence()));
        }
        return clarify(c);
    }

    private double inScope(Classification c) {
        return c.ranked().stream().filter(i -> knowledge.isSymptom(i.name()) || i.name().equals(UNCLEAR_PROBLEM))
                .mapToDouble(Intent::confidence).sum();
    }

    private Answer clarify(Classification c) {
        List<String> likely = c.ranked().stream()
                .map(Intent::name)
                .filter(knowledge::isSymptom)
                .limit(settings.clarifyOptions())
                .toList();
        return new Answer.Clarify(likely);
    }

    /**
     * What a reply at a question would mean as a description. "didnt help" or "ok thanks" is read on words
     * alone (the sentence embedding costs about 3 ms, and most replies are short); only when that finds a
     * problem or a request for a person does the full model decide.
     */
    Classification asReply(String text, int words) {
        if (words > QUICK_WORDS) {
            return intents.classify(text);
        }
        Classification quick = intents.classifyQuickly(text);
        Intent top = quick.top();
        boolean aProblem = (knowledge.isSymptom(top.name()) || top.name().equals("human"))
                && top.confidence() >= settings.clarifyConfidence();
        return aProblem ? intents.classify(text) : quick;
    }
}
