package supportbot.dialog;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Locale;
import supportbot.knowledge.Branch;
import supportbot.knowledge.Fix;
import supportbot.knowledge.KnowledgeBase;
import supportbot.nlu.Classification;
import supportbot.nlu.Intent;
import supportbot.nlu.TextClassifier;
import supportbot.nlu.TextNormalizer;
import supportbot.nlu.Vocabulary;

/**
 * Reads typed words as an {@link Answer} to the question open now. The confidence rules live here and
 * only here: a move needs a confident reading, and anything else keeps the question open. In order: a
 * button's own words or number; a new problem or a request for a person; the question's own options
 * (the iPhone model, the dot's colour); the reply model, read the question's way ({@link Accepts}).
 */
final class MessageReader {
    /** Readings that say nothing about the fix: a clear problem description wins over them. */
    private static final Set<Action> NOT_AN_ANSWER = Set.of(Action.REMARK, Action.STOP, Action.START_OVER, Action.DECLINE,
            Action.UNCLEAR);
    private static final Set<Action> ABOUT_THE_STEP = Set.of(Action.NOT_FIXED, Action.DECLINE, Action.NO);
    private final KnowledgeBase knowledge;
    private final TextClassifier intents;
    private final TextClassifier replies;
    private final DialogSettings settings;
    private final Prompts prompts;
    private final Vocabulary english;
    private final ButtonWords buttonWords = new ButtonWords();
    private final DescriptionReader descriptions;

    MessageReader(KnowledgeBase knowledge, TextClassifier intents, TextClassifier replies, DialogSettings settings,
            Prompts prompts, Vocabulary english) {
        this.knowledge = knowledge;
        this.intents = intents;
        this.replies = replies;
        this.settings = settings;
        this.prompts = prompts;
        this.english = english;
        this.descriptions = new DescriptionReader(knowledge, intents, settings);
    }

    /**
     * The offered button the words name, if they name one: then they count as that press. At the model
     * question a number that names a model ("8", "11") is the model, not a button number.
     */
    Optional<Answer> button(Session session, String text) {
        List<Button> buttons = prompts.buttons(session);
        boolean bareNumber = text.strip().matches("\\d{1,2}");
        if (bareNumber && ownOption(session, Question.of(session), text).isPresent()) {
            // "5" at the model question: the fifth button, or an iPhone 5? Past the buttons, a model; else ask.
            boolean aButton = Integer.parseInt(text.strip()) <= buttons.size();
            return aButton ? Optional.of(new Answer.Act(Action.UNCLEAR)) : Optional.empty();
        }
        return buttonWords.match(text, buttons).flatMap(b -> ButtonData.decode(b.data())).map(ButtonData::answer);
    }

    /** The words as an answer to the open question (when they name no button). */
    Answer read(Session session, String text) {
        Question question = Question.of(session);
        return switch (question) {
            case DESCRIBE, WITH_PERSON -> orForeign(descriptions.read(text), text);
            default -> answer(session, question, text);
        };
    }

    private Answer answer(Session session, Question question, String text) {
        Answer answer = reading(session, question, text);
        // "Thanks!" to "Was this helpful?" says yes.
        boolean thanked = answer instanceof Answer.Act act && act.action() == Action.THANKS && question == Question.HELPFUL;
        return thanked ? new Answer.Act(Action.HELPFUL) : answer;
    }

    private Answer reading(Session session, Question question, String text) {
        int words = TextNormalizer.tokens(text).length;
        Classification described = descriptions.asReply(text, words);
        Intent reply = asAnswerTo(question, replies.classify(text), words);
        Action action = Action.valueOf(reply.name());
        // Right after a fix seemed to work, "oh no, it stopped backing up again" is about that fix, whatever
        // problem it sounds like: going on with the next fix is what a person would do.
        boolean reopens = question == Question.HELPFUL && action == Action.NOT_FIXED
                && reply.confidence() >= settings.remarkLead();
        // Saying the step failed ("did it, still failing"), no, or refusing it ("i prefer not do this, i am afraid to
        // lose my photos") sounds like a problem to the intent model: said clearly, it is about the step, unless the
        // problem is sure. "It's fine" answers are not trusted that way: "actually the wifi is fine, the real
        // problem is my storage" reads as a clear skip.
        boolean sureProblem = !session.inProgress() || described.top().confidence() >= settings.switchConfidence();
        boolean aboutTheStep = ABOUT_THE_STEP.contains(action) && reply.confidence() >= settings.replyLead();
        if (!reopens && isOtherProblem(session, described.top(), text, action == Action.ANOTHER_PROBLEM)
                && (sureProblem || !aboutTheStep)) {
            // A new problem and a clear answer ("my photos won't upload, that's what I need"), or a problem not
            // sure enough to switch to: ask.
            return sureProblem && beatsReply(described.top(), reply) ? descriptions.describe(described)
                    : new Answer.MaybeProblem(new Answer.Problem(described.top().name(), described.top().confidence()));
        }
        // "can I talk to someone?" asks for a person; "I'll just wait until Apple sorts it out" is a clear answer
        // that merely names someone.
        boolean answers = action.moves() && action != Action.HUMAN && reply.confidence() >= settings.replyLead();
        if (described.top().name().equals("human") && described.top().confidence() >= settings.acceptConfidence() && !answers) {
            return new Answer.Act(Action.HUMAN);
        }
        Optional<Answer> option = ownOption(session, question, text);
        if (option.isPresent()) {
            return option.get();
        }
        if (question == Question.CLARIFY && reply.confidence() < settings.replyLead()) {
            // More words about the same problem: read them with the description that led to the question.
            Answer alone = descriptions.describe(described);
            boolean sure = alone instanceof Answer.Problem || alone instanceof Answer.Between;
            return sure || session.problem() == null ? alone : descriptions.describe(intents.classify(session.problem() + ". " + text));
        }
        // The reply model learned from short answers: a long message mixes several statements ("yes the Wi-Fi
        // works, I'm streaming on it, the backup still doesn't go"), so a move on it needs twice the lead.
        // Stopping ends the troubleshooting and cannot be taken back: it needs twice the lead, and under that the
        // bot asks "Do you want to stop here?" ("let me think about it" is not a stop).
        boolean twice = words > settings.longMessageWords() || action == Action.STOP;
        double needed = twice ? 2 * settings.replyLead() : settings.replyLead();
        if (reopens) {
            return new Answer.Act(Action.NOT_FIXED);
        }
        if (reply.confidence() < needed && (action.moves() || reply.confidence() < settings.remarkLead())) {
            // Unsure whether it meant stop: ask, rather than stop or ignore it.
            boolean maybeStop = action == Action.STOP && reply.confidence() >= settings.remarkLead();
            return maybeStop ? new Answer.Act(Action.MAYBE_STOP) : orForeign(smallTalk(described, Action.UNCLEAR, text), text);
        }
        if (isQuestion(text) && SAYS_HOW_IT_WENT.contains(action)) {
            // "wait, is wifi the same as bluetooth?" says nothing about how the step went: a question about it.
            return new Answer.Act(session.fix() != null ? Action.HOW : Action.UNCLEAR);
        }
        if (action == Action.REMARK || action == Action.UNCLEAR) {
            return smallTalk(described, action, text);
        }
        return new Answer.Act(action);
    }

    /**
     * The reply model's reading as the question takes it: labels that mean the same here add up ("done" is
     * fixed or yes, and both say fixed to "Did that fix it?"). The result names the leading {@link Action}
     * and, as its confidence, its lead over the runner-up: with many labels the model's probabilities are
     * flat for short messages, and the lead tells a sure "yes" (0.33 against 0.06) from a torn one.
     */
    private static Intent asAnswerTo(Question question, Classification reply, int words) {
        Map<Action, Double> sums = new EnumMap<>(Action.class);
        // "Yes" to "Did that fix it?" is fixed; "yes is green" or "yes I'm sure the Wi-Fi works, ..." agrees with
        // something else: only a short yes says fixed.
        boolean plainYes = question != Question.STEP || words <= 2;
        reply.ranked().forEach(label -> sums.merge(label.name().equals("yes") && !plainYes ? Action.UNCLEAR
                : Accepts.of(question, label.name()), label.confidence(), Double::sum));
        List<Map.Entry<Action, Double>> ranked = sums.entrySet().stream()
                .sorted(Map.Entry.<Action, Double>comparingByValue().reversed()).toList();
        double second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        return new Intent(ranked.get(0).getKey().name(), Math.max(0, Math.min(1, ranked.get(0).getValue() - second)));
    }

    /**
     * "My photos won't upload either" in the middle of a Wi-Fi step is a new problem; "still not working"
     * is an answer. A new problem must be sure and differ from the current one. A question about the fix on
     * offer ("what charging symbol do you mean?") may sound like the problem that fix is first for: it is a
     * question, and so is asking whether Apple is down right after the check found it down.
     */
    private boolean isOtherProblem(Session session, Intent described, String text, boolean saysAnother) {
        if (!knowledge.isSymptom(described.name()) || described.name().equals(session.intent())
                || described.confidence() < (session.inProgress() ? settings.newProblemConfidence() : settings.acceptConfidence())) {
            return false;
        }
        String first = knowledge.symptom(described.name()).orElseThrow().fixIds().get(0);
        Attempt last = session.lastAttempt();
        boolean aboutTheFix = session.fix() != null ? first.equals(session.fix())
                : last != null && first.equals(last.fixId()) && session.state() == State.OUTAGE;
        // At the step or the check itself, talk of what the fix is about answers it ("wifi is fine" at the Wi-Fi
        // step, "says there's an outage right now" at the status check), unless it says the problem is another
        // ("actually forget that, the real problem is my photos"); elsewhere only a question is about the fix.
        Question question = Question.of(session);
        boolean atTheFix = (question == Question.STEP || question == Question.CHECK) && !saysAnother;
        return !(aboutTheFix && (isQuestion(text) || atTheFix));
    }

    /** Answers that a question cannot give: a question may ask to skip or stop, never say how it went. */
    private static final Set<Action> SAYS_HOW_IT_WENT = Set.of(Action.FIXED, Action.NOT_FIXED, Action.YES, Action.NO,
            Action.HELPFUL, Action.NOT_HELPFUL, Action.WAIT);
    /** Only the wh-words: "is not resolve" and "do not work" start like questions but are not. */
    private static final Set<String> QUESTION_WORDS = Set.of("what", "where", "how", "which", "why", "who", "when");

    private static boolean isQuestion(String text) {
        if (text.contains("?")) {
            return true;
        }
        String first = text.strip().split("[^\\p{L}]", 2)[0].toLowerCase(Locale.ROOT);
        return QUESTION_WORDS.contains(first);
    }

    /** The description wins over a reading that says nothing about the fix, or a less sure one. */
    private static boolean beatsReply(Intent described, Intent reply) {
        return NOT_AN_ANSWER.contains(Action.valueOf(reply.name())) || described.confidence() > reply.confidence();
    }

    /** The question's own options, said plainly: "an 11", "it's red". */
    private Optional<Answer> ownOption(Session session, Question question, String text) {
        if (session.fix() == null) {
            return Optional.empty();
        }
        Fix fix = knowledge.fix(session.fix());
        String words = String.join(" ", TextNormalizer.tokens(text));
        if (isQuestion(text)) {
            return Optional.empty();   // "what does the X mean?" picks nothing
        }
        if (question == Question.VARIANT && fix.branch() instanceof Branch.ChooseVariant choose) {
            return choose.matching(words).map(v -> new Answer.PickVariant(v.id()));
        }
        // Only a short plain answer ("green", "it's red") is read by pattern; "where is the green dot?" is not.
        boolean shortAnswer = words.split(" ").length <= 6 && !text.contains("?");
        if (question == Question.CHECK && fix.branch() instanceof Branch.Check check && shortAnswer) {
            return check.answer(words).map(yes -> new Answer.Act(yes ? Action.YES : Action.NO));
        }
        return Optional.empty();
    }

    /** A message that answers nothing may still be a greeting, thanks or a question about something else. */
    private Answer smallTalk(Classification described, Action otherwise, String text) {
        Intent top = described.top();
        Action talk = Action.ofConversationIntent(top.name());
        boolean sure = top.confidence() >= settings.acceptConfidence() && talk != Action.HUMAN && talk != Action.UNCLEAR;
        // "hmm" or "lol sorry" is no request the bot cannot help with: only a question is off topic.
        boolean offTopic = talk == Action.OUT_OF_SCOPE && !isQuestion(text);
        return new Answer.Act(sure && !offTopic ? talk : otherwise);
    }

    /** Anything but a sure problem may be a message in another language: then say so, in English. */
    private Answer orForeign(Answer answer, String text) {
        boolean sure = answer instanceof Answer.Problem || answer instanceof Answer.Act act
                && act.action() != Action.UNCLEAR && act.action() != Action.OUT_OF_SCOPE;
        return !sure && english.looksForeign(text) ? new Answer.Act(Action.NOT_ENGLISH) : answer;
    }
}
