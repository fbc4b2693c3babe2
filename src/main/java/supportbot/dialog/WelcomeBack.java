package supportbot.dialog;

import static supportbot.knowledge.Phrase.*;

import java.util.List;
import java.util.Optional;
import supportbot.nlu.AnswerSet;

/**
 * Back after a long silence in the middle of a fix: carry on, or start over? An answer to the fix itself ("it
 * worked after all") goes to the fix.
 */
final class WelcomeBack implements Asked {
    private static final AnswerSet ANSWERS = new AnswerSet("welcome_back", "continue", "start_over", false);
    private final Prompts prompts;

    WelcomeBack(Prompts prompts) {
        this.prompts = prompts;
    }

    @Override
    public Question question() {
        return Question.WELCOME_BACK;
    }

    @Override
    public AnswerSet answers(Session s) {
        return ANSWERS;
    }

    @Override
    public String prompt(Session s) {
        return prompts.welcomeBack(s);
    }

    @Override
    public List<Button> buttons(Session s) {
        return List.of(Prompts.act(s, prompts.say(BUTTON_CARRY_ON), Action.CONTINUE), Prompts.act(s, prompts.say(BUTTON_START_OVER), Action.START_OVER));
    }

    @Override
    public Optional<Outcome> answer(Session s, Answer answer, Said said, Parts p) {
        if (!(answer instanceof Answer.Act act)) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (act.action()) {
            // A problem left unsolved goes on with the fixes not tried yet.
            case CONTINUE -> s.fix() == null && s.state() == State.AWAITING_PROBLEM && s.intent() != null
                    ? p.plan().start(s.asking(null), new Answer.Problem(s.intent(), s.confidence()), null, said.record(), null)
                    : carryOn(s, p).after(new Step.CarriedOn());
            // How the fix went since, even where its own question asks something else first ("still failing" at the
            // question which iPhone it is): recorded for the fix. Any other answer is the question's under this one.
            case FIXED, NOT_FIXED, SKIP, DECLINE, YES, NO, WAIT, HELPFUL, NOT_HELPFUL -> p.table().declared(s.asking(null), answer, said)
                    .orElseGet(() -> since(s.asking(null), act.action(), p));
            default -> null;
        });
    }

    private static Outcome since(Session under, Action action, Parts p) {
        if (under.fix() == null) {
            return carryOn(under, p).after(new Step.CarriedOn());
        }
        return switch (action) {
            case FIXED -> p.plan().resolved(under);
            case NOT_FIXED -> p.plan().answered(under, Attempt.Result.NOT_FIXED, AFTER_NOT_FIXED);
            case SKIP -> p.plan().answered(under, Attempt.Result.SKIPPED, AFTER_SKIP);
            case DECLINE -> p.plan().answered(under, Attempt.Result.DECLINED, AFTER_DECLINE);
            default -> carryOn(under, p).after(new Step.CarriedOn());
        };
    }

    /** Back to the question under the aside: a fix is shown again in full, it may have been a while. */
    static Outcome carryOn(Session s, Parts p) {
        Session back = s.asking(null);
        return p.replies().ask(back, back.fix() != null ? p.plan().present(back) : p.replies().prompt(back));
    }
}
