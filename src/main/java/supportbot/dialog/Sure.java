package supportbot.dialog;

import static supportbot.knowledge.Phrase.*;

import java.util.List;
import java.util.Optional;
import supportbot.knowledge.KnowledgeBase;
import supportbot.knowledge.Phrase;
import supportbot.nlu.AnswerSet;

/**
 * "Just to be sure: is it working now?" The words were read as a move, but not surely enough to make it. Whether
 * a step worked is asked as the step's own question, and either answer is acted on; any other move is a yes or
 * no: a yes makes it, a no goes back to the question under this one. Words here are not asked about again, and
 * never taken for another problem ("no no, carry on" is a no); words not understood go back to the question under it.
 */
final class Sure implements Asked {
    private static final AnswerSet ANSWERS = new AnswerSet("yes_no", "yes", "no", false);
    private final KnowledgeBase knowledge;
    private final Prompts prompts;
    private final AnswerSet step;

    Sure(KnowledgeBase knowledge, Prompts prompts, AnswerSet step) {
        this.knowledge = knowledge;
        this.prompts = prompts;
        this.step = step;
    }

    @Override
    public Question question() {
        return Question.SURE;
    }

    /** Whether the step worked is read as an answer to the step; anything else as a yes or a no. */
    @Override
    public AnswerSet answers(Session s) {
        return s != null && howItWent(s.pending()) ? step : ANSWERS;
    }

    @Override
    public List<AnswerSet> answerSets() {
        return List.of(ANSWERS);
    }

    @Override
    public boolean doubtable() {
        return false;
    }

    @Override
    public boolean takesNewProblems() {
        return false;
    }

    private static boolean howItWent(Pending pending) {
        return pending.intent() == null && (pending.action() == Action.FIXED || pending.action() == Action.NOT_FIXED);
    }

    @Override
    public String prompt(Session s) {
        Pending pending = s.pending();
        if (pending.intent() != null) {
            // With no fix open (after one ended) there is nothing to carry on with: only whether that is the problem.
            return prompts.say(s.fix() == null ? SURE_PROBLEM : SURE_NEW_PROBLEM, "summary",
                    knowledge.symptom(pending.intent()).orElseThrow().summary());
        }
        return prompts.say(s, howItWent(pending) ? SURE_FIXED : Phrase.sureOf(pending.action().name()));
    }

    @Override
    public List<Button> buttons(Session s) {
        Pending pending = s.pending();
        if (pending.intent() != null) {
            return List.of(Prompts.button(s, prompts.say(BUTTON_LOOK_AT_THAT), new Answer.Problem(pending.intent(), 1.0)),
                    Prompts.act(s, prompts.say(s.fix() == null ? BUTTON_NO : BUTTON_CARRY_ON), Action.CONTINUE));
        }
        if (howItWent(pending)) {
            return List.of(Prompts.act(s, prompts.say(BUTTON_FIXED), Action.FIXED), Prompts.act(s, prompts.say(BUTTON_NOT_FIXED), Action.NOT_FIXED));
        }
        if (pending.action() == Action.STOP) {
            return List.of(Prompts.act(s, prompts.say(BUTTON_YES_STOP), Action.STOP), Prompts.act(s, prompts.say(BUTTON_CARRY_ON), Action.CONTINUE));
        }
        return List.of(Prompts.act(s, prompts.say(BUTTON_YES), Action.YES), Prompts.act(s, prompts.say(BUTTON_NO), Action.NO));
    }

    @Override
    public Optional<Outcome> answer(Session s, Answer answer, Said said, Parts p) {
        Session under = s.asking(null);
        if (answer instanceof Answer.Act act && act.action() == Action.UNCLEAR) {
            // Not read as yes or no either: the question under this one again, with all its buttons, rather than
            // "Just to be sure" over and over (a playtester got it three times running).
            return Optional.of(p.replies().reask(under, prompts.say(UNCLEAR_REPLY)));
        }
        if (answer instanceof Answer.Act act && (act.action() == Action.YES || act.action() == Action.NO || act.action() == Action.CONTINUE)) {
            Pending pending = s.pending();
            if (act.action() != Action.YES) {
                return Optional.of(p.replies().reask(under, prompts.say(SURE_NOT_THAT)));
            }
            Answer meant = pending.intent() != null ? new Answer.Problem(pending.intent(), 1.0) : new Answer.Act(pending.action());
            return Optional.of(p.table().apply(under, meant, said));
        }
        // Any other clear answer is to the question under this one ("still failing" says not fixed); so is a
        // question about the step ("is there another way that doesn't cost money?"), answered without asking again.
        boolean moves = answer instanceof Answer.Act a ? a.action().moves()
                : answer instanceof Answer.Problem || answer instanceof Answer.PickVariant || answer instanceof Answer.Ask;
        return moves ? Optional.of(p.table().apply(under, answer, said)) : Optional.empty();
    }
}
