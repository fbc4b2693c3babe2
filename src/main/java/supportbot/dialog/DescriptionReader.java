package supportbot.dialog;

import java.util.List;
import supportbot.knowledge.Fix;
import supportbot.knowledge.KnowledgeBase;
import supportbot.nlu.Classification;
import supportbot.nlu.Intent;
import supportbot.nlu.Language;
import supportbot.nlu.TextClassifier;
import supportbot.nlu.TextNormalizer;

/**
 * Reads words as a description of a problem: which problem, two, "which one?", or small talk. The
 * description's thresholds live here. What a sentence says about a topic counts, not that it names it: a
 * clause that rules something out ("storage isn't the problem", "wifi is fine") or says it was done already
 * ("I restarted it") describes no problem, and is left out when other clauses remain.
 */
final class DescriptionReader {
    /** The intent of a message that says something is wrong, but not what. */
    private static final String UNCLEAR_PROBLEM = "unclear_problem";
    private static final String OUT_OF_SCOPE = "out_of_scope";
    private final KnowledgeBase knowledge;
    private final TextClassifier intents;
    private final DialogSettings settings;
    private final Language english;

    DescriptionReader(KnowledgeBase knowledge, TextClassifier intents, DialogSettings settings, Language english) {
        this.knowledge = knowledge;
        this.intents = intents;
        this.settings = settings;
        this.english = english;
    }

    /** A first message, or one to a person's question: the words that describe the problem, read. */
    Answer read(String text) {
        return describe(classify(text));
    }

    /** The intent model's reading of the clauses that describe a problem. */
    Classification classify(String text) {
        return intents.classify(complaint(text));
    }

    /** The clauses that describe the problem: those that rule something out or say what was done are left out. */
    private String complaint(String text) {
        List<String> clauses = Fix.clauses(text);
        List<String> kept = clauses.stream().filter(this::describes).toList();
        return kept.isEmpty() || kept.size() == clauses.size() ? text : String.join(" ", kept);
    }

    /** Whether any clause describes a problem: "storage isn't the problem" alone does not. */
    boolean describesAny(String text) {
        return Fix.clauses(text).stream().anyMatch(this::describes);
    }

    private boolean describes(String clause) {
        return !english.rulesOut(clause) && !saidDone(clause);
    }

    private boolean saidDone(String clause) {
        // Each fix reads the same clauses: they are normalised once, not once per fix.
        java.util.Map<String, String> normalised = new java.util.HashMap<>();
        java.util.function.Function<String, String> normalise = c -> normalised.computeIfAbsent(c,
                words -> String.join(" ", TextNormalizer.tokens(words)));
        return knowledge.fixes().values().stream().anyMatch(f -> f.saidDone(clause, normalise));
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
            Action talk = Action.ofConversationIntent(top.name());
            boolean smallTalk = talk == Action.GREETING || talk == Action.THANKS;
            // "hang on" is no thanks: small talk only on a reading as sure as what the model learnt reads.
            return new Answer.Act(smallTalk && top.confidence() < settings.reading().smallTalk() ? Action.REMARK : talk);
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
}
