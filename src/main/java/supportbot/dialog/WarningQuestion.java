package supportbot.dialog;

import static supportbot.knowledge.Phrase.*;

import java.util.List;
import java.util.Optional;
import supportbot.knowledge.Branch;
import supportbot.knowledge.KnowledgeBase;
import supportbot.nlu.AnswerSet;

/** The warning before a fix that erases something (the reset): go ahead, or leave it out? */
final class WarningQuestion implements Asked {
    private static final AnswerSet ANSWERS = new AnswerSet("warning", "yes", "no", false, StepQuestion.TOLD_HOW_IT_WENT);
    private final KnowledgeBase knowledge;
    private final Prompts prompts;

    WarningQuestion(KnowledgeBase knowledge, Prompts prompts) {
        this.knowledge = knowledge;
        this.prompts = prompts;
    }

    @Override
    public Question question() {
        return Question.WARNING;
    }

    @Override
    public AnswerSet answers(Session s) {
        return ANSWERS;
    }

    @Override
    public String prompt(Session s) {
        return prompts.stillOn(s, warning(s).warning());
    }

    @Override
    public List<Button> buttons(Session s) {
        Branch.Confirm warning = warning(s);
        return List.of(Prompts.act(s, warning.yes(), Action.YES), Prompts.act(s, warning.no(), Action.NO),
                Prompts.act(s, prompts.say(BUTTON_STOP), Action.STOP));
    }

    @Override
    public Optional<Outcome> answer(Session s, Answer answer, Said said, Parts p) {
        if (!(answer instanceof Answer.Act act)) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (act.action()) {
            case YES -> {
                Session going = s.in(State.ON_STEP);
                yield p.replies().ask(going, prompts.steps(going, prompts.say(going, STEP_QUESTION))).after(new Step.WentAhead(s.fix()));
            }
            case NO, DECLINE -> p.plan().answered(s, Attempt.Result.DECLINED, AFTER_DECLINE);
            case FIXED -> p.plan().resolved(s);
            case NOT_FIXED -> p.plan().answered(s, Attempt.Result.NOT_FIXED, AFTER_NOT_FIXED);
            case SKIP -> p.plan().answered(s, Attempt.Result.SKIPPED, AFTER_SKIP);
            default -> null;
        });
    }

    private Branch.Confirm warning(Session s) {
        return (Branch.Confirm) knowledge.fix(s.fix()).branch();
    }
}
