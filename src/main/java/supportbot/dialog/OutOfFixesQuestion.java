package supportbot.dialog;

import static supportbot.knowledge.Phrase.*;

import java.util.List;
import java.util.Optional;
import supportbot.nlu.AnswerSet;

/**
 * The fixes ran out: a person, or start over? Declining a person ends here; what was tried stays, for when
 * they ask later. A person is the fallback's (a hand-off, or the pointer to Apple Support).
 */
final class OutOfFixesQuestion implements Asked {
    private static final AnswerSet ANSWERS = new AnswerSet("out_of_fixes", "human", "no", false);
    private final Prompts prompts;

    OutOfFixesQuestion(Prompts prompts) {
        this.prompts = prompts;
    }

    @Override
    public Question question() {
        return Question.OUT_OF_FIXES;
    }

    @Override
    public AnswerSet answers(Session s) {
        return ANSWERS;
    }

    @Override
    public String prompt(Session s) {
        return prompts.say(s, OUT_OF_FIXES_QUESTION);
    }

    @Override
    public List<Button> buttons(Session s) {
        return List.of(Prompts.act(s, prompts.say(BUTTON_HUMAN), Action.HUMAN), Prompts.act(s, prompts.say(BUTTON_START_OVER), Action.START_OVER));
    }

    @Override
    public Optional<Outcome> answer(Session s, Answer answer, Said said, Parts p) {
        if (!(answer instanceof Answer.Act act)) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (act.action()) {
            case NO, STOP -> p.replies().ask(s.in(State.AWAITING_PROBLEM), prompts.say(s, OUT_OF_FIXES_DECLINED)).after(new Step.StartedOver());
            default -> null;
        });
    }
}
