package supportbot.dialog;

import static supportbot.knowledge.Phrase.*;

import java.util.List;
import java.util.Optional;
import supportbot.nlu.AnswerSet;

/**
 * "Was this helpful?" after a fix worked. Rating the help keeps what was tried: "if it still hasn't backed up
 * tomorrow, just tell me" must not start again with the fix that seemed to work.
 */
final class HelpfulQuestion implements Asked {
    private static final AnswerSet ANSWERS = new AnswerSet("helpful", "helpful", "not_helpful", false);
    private final Prompts prompts;

    HelpfulQuestion(Prompts prompts) {
        this.prompts = prompts;
    }

    @Override
    public Question question() {
        return Question.HELPFUL;
    }

    @Override
    public AnswerSet answers(Session s) {
        return ANSWERS;
    }

    @Override
    public String prompt(Session s) {
        return prompts.say(s, HELPFUL_QUESTION);
    }

    @Override
    public List<Button> buttons(Session s) {
        return List.of(Prompts.act(s, prompts.say(BUTTON_HELPFUL), Action.HELPFUL),
                Prompts.act(s, prompts.say(BUTTON_NOT_HELPFUL), Action.NOT_HELPFUL),
                Prompts.act(s, prompts.say(BUTTON_ANOTHER_PROBLEM), Action.ANOTHER_PROBLEM));
    }

    /** "Hold on, it's still running, don't know yet": no rating yet, and no new problem either. */
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
            case WAIT -> p.replies().reask(s, prompts.say(HELPFUL_NOT_YET));
            case HELPFUL -> p.replies().tell(s.in(State.AWAITING_PROBLEM), prompts.say(FEEDBACK_HELPFUL)).after(new Step.Rated(true));
            case NOT_HELPFUL -> p.replies().ask(s.in(State.AWAITING_PROBLEM), prompts.say(FEEDBACK_NOT_HELPFUL)).after(new Step.Rated(false));
            case ANOTHER_PROBLEM -> p.replies().ask(s.startOver(), prompts.say(ASK_PROBLEM)).after(new Step.StartedOver());
            // "Wait, it still fails": the fix did not work after all; on to the next one.
            case NOT_FIXED -> p.plan().next(s.reopened(), prompts.say(AFTER_NOT_FIXED))
                    .after(new Step.Reopened(s.lastAttempt().fixId()), new Step.Answered(s.lastAttempt().fixId(), Attempt.Result.NOT_FIXED));
            case STOP -> p.replies().tell(s.in(State.AWAITING_PROBLEM), prompts.say(s, THANKS_REPLY));
            default -> null;
        });
    }
}
