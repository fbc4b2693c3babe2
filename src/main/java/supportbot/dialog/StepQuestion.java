package supportbot.dialog;

import static supportbot.knowledge.Phrase.*;

import java.util.List;
import java.util.Optional;
import supportbot.nlu.AnswerSet;

/** "Did that fix it?" after the steps of a fix. */
final class StepQuestion implements Asked {
    private static final AnswerSet ANSWERS = new AnswerSet("step", "fixed", "not_fixed", false);
    /** "No wait, I want to try that one after all": learnt from the step's answers, said at any question about a fix. */
    static final AnswerSet.Borrowed TAKING_BACK = new AnswerSet.Borrowed(ANSWERS.name(), java.util.Set.of("go_back"));
    /**
     * The same, and how the step went, told at a question that asks something else first: "it works now, I sorted
     * it myself", or "restarted, tapped Back Up Now, and it failed AGAIN" at "Which iPhone do you have?" (learnt
     * from successes only, such a failure read as the likeliest of them: "Great, glad that worked!").
     */
    static final AnswerSet.Borrowed TOLD_HOW_IT_WENT = new AnswerSet.Borrowed(ANSWERS.name(), java.util.Set.of("go_back", "fixed", "not_fixed"));
    private final Prompts prompts;

    StepQuestion(Prompts prompts) {
        this.prompts = prompts;
    }

    @Override
    public Question question() {
        return Question.STEP;
    }

    @Override
    public AnswerSet answers(Session s) {
        return ANSWERS;
    }

    @Override
    public String prompt(Session s) {
        return prompts.stillOn(s, prompts.say(s, STEP_QUESTION));
    }

    @Override
    public List<Button> buttons(Session s) {
        return List.of(Prompts.act(s, prompts.say(BUTTON_FIXED), Action.FIXED),
                Prompts.act(s, prompts.say(BUTTON_NOT_FIXED), Action.NOT_FIXED),
                Prompts.act(s, prompts.say(BUTTON_SKIP), Action.SKIP),
                Prompts.button(s, prompts.say(BUTTON_HOW), new Answer.Ask(Answer.Aspect.HOW)),
                Prompts.act(s, prompts.say(BUTTON_STOP), Action.STOP));
    }

    /** "I turned it off, I'll give it a few minutes": not done yet, so the step stays; nothing to be sure of. */
    @Override
    public boolean costly(Answer answer) {
        return !Asked.waits(answer) && Asked.super.costly(answer);
    }

    @Override
    public Optional<Outcome> answer(Session s, Answer answer, Said said, Parts p) {
        if (!(answer instanceof Answer.Act act)) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (act.action()) {
            case WAIT -> p.replies().reask(s, prompts.say(REMARK_ON_STEP));
            case FIXED -> p.plan().resolved(s);
            case NOT_FIXED -> p.plan().answered(s, Attempt.Result.NOT_FIXED, AFTER_NOT_FIXED);
            case SKIP -> p.plan().answered(s, Attempt.Result.SKIPPED, AFTER_SKIP);
            case DECLINE -> p.plan().answered(s, Attempt.Result.DECLINED, AFTER_DECLINE);
            default -> null;
        });
    }
}
