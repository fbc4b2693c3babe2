package supportbot.dialog;

import java.util.List;
import supportbot.knowledge.Branch;
import supportbot.knowledge.Fix;
import supportbot.knowledge.KnowledgeBase;
import supportbot.nlu.Classification;
import supportbot.nlu.Intent;
import supportbot.nlu.TextClassifier;
import supportbot.nlu.TextNormalizer;

/**
 * Reads typed words as an {@link Answer}, given where the conversation stands. The confidence rules
 * live here and only here: when a description is taken, when the bot asks which problem it is, and
 * when a message in the middle of a step is a new problem rather than an answer to the step.
 */
final class Understanding {
    private final KnowledgeBase knowledge;
    private final TextClassifier intents;
    private final TextClassifier replies;
    private final DialogSettings settings;

    Understanding(KnowledgeBase knowledge, TextClassifier intents, TextClassifier replies, DialogSettings settings) {
        this.knowledge = knowledge;
        this.intents = intents;
        this.replies = replies;
        this.settings = settings;
    }

    Answer read(Session session, String text) {
        return switch (session.state()) {
            case AWAITING_PROBLEM, CLARIFYING, OUTAGE, RESOLVED, OUT_OF_FIXES, HANDED_OFF -> describe(intents.classify(text));
            case ON_STEP, CHECKING, CONFIRMING, CHOOSING_VARIANT -> answerToStep(session, text);
        };
    }

    /** A message read as a description: a problem, a clarifying question, or small talk. */
    private Answer describe(Classification c) {
        Intent top = c.top();
        if (top.confidence() < settings.clarifyConfidence()) {
            return new Answer.Act(Action.UNCLEAR);
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
        List<String> likely = c.ranked().stream()
                .map(Intent::name)
                .filter(knowledge::isSymptom)
                .limit(settings.clarifyOptions())
                .toList();
        return new Answer.Clarify(likely);
    }

    private Answer answerToStep(Session session, String text) {
        Classification described = intents.classify(text);
        Intent reply = replies.classify(text).top();
        if (isNewTopic(session, described.top(), reply)) {
            return describe(described);
        }
        Fix fix = knowledge.fix(session.fix());
        String words = String.join(" ", TextNormalizer.tokens(text));
        if (fix.branch() instanceof Branch.ChooseVariant choose && session.state() == State.CHOOSING_VARIANT) {
            var picked = choose.matching(words);
            if (picked.isPresent()) {
                return new Answer.PickVariant(picked.get().id());
            }
        }
        // Only a short plain answer ("green", "it's red") is read by pattern; "where is the green dot?" is not.
        boolean shortAnswer = words.split(" ").length <= 5 && !text.contains("?");
        if (fix.branch() instanceof Branch.Check check && session.state() == State.CHECKING && shortAnswer) {
            var said = check.answer(words);
            if (said.isPresent()) {
                return new Answer.Act(said.get() ? Action.YES : Action.NO);
            }
        }
        if (reply.confidence() < settings.replyConfidence()) {
            return new Answer.Act(Action.UNCLEAR);
        }
        Action action = Action.ofReplyLabel(reply.name());
        return new Answer.Act(switch (session.state()) {
            // A yes/no question: "yes, done" reads as fixed, "no" as not fixed.
            case CHECKING -> action == Action.FIXED ? Action.YES : action == Action.NOT_FIXED ? Action.NO : action;
            case CONFIRMING -> action == Action.FIXED ? Action.YES
                    : action == Action.NOT_FIXED || action == Action.SKIP ? Action.NO : action;
            case CHOOSING_VARIANT -> action == Action.NOT_FIXED ? Action.SKIP : action == Action.FIXED ? Action.UNCLEAR : action;
            default -> action;
        });
    }

    /**
     * "My photos won't upload either" in the middle of a Wi-Fi step is a new problem; "still not
     * working" is an answer. A new problem must be sure, differ from the current one, and beat the reply
     * reading. Asking for a person needs only the usual certainty: no answer to a step reads like one.
     */
    private boolean isNewTopic(Session session, Intent described, Intent reply) {
        boolean otherProblem = knowledge.isSymptom(described.name()) && !described.name().equals(session.intent());
        boolean wantsPerson = described.name().equals("human");
        double needed = wantsPerson ? settings.acceptConfidence() : settings.newProblemConfidence();
        return (otherProblem || wantsPerson) && described.confidence() >= needed && described.confidence() > reply.confidence();
    }
}
