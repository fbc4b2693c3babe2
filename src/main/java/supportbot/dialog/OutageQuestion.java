package supportbot.dialog;

import static supportbot.knowledge.Phrase.*;

import java.util.List;
import java.util.Optional;
import supportbot.nlu.AnswerSet;

/**
 * After a check found Apple's side down: wait, or keep trying other fixes? Waiting keeps what was tried, so
 * that coming back later does not repeat those fixes.
 */
final class OutageQuestion implements Asked {
    private static final AnswerSet ANSWERS = new AnswerSet("outage", null, null, false);
    private final Prompts prompts;

    OutageQuestion(Prompts prompts) {
        this.prompts = prompts;
    }

    @Override
    public Question question() {
        return Question.OUTAGE;
    }

    @Override
    public AnswerSet answers(Session s) {
        return ANSWERS;
    }

    @Override
    public String prompt(Session s) {
        return prompts.say(s, OUTAGE_QUESTION);
    }

    @Override
    public List<Button> buttons(Session s) {
        return List.of(Prompts.act(s, prompts.say(BUTTON_WAIT), Action.WAIT), Prompts.act(s, prompts.say(BUTTON_CONTINUE), Action.CONTINUE));
    }

    @Override
    public Optional<Outcome> answer(Session s, Answer answer, Said said, Parts p) {
        if (answer instanceof Answer.Ask ask) {
            // "How long will Apple take?", "is my backup lost?": what waiting for Apple means.
            String explained = prompts.say(s, switch (ask.aspect()) {
                case TIME -> OUTAGE_HOW_LONG;
                case SAFE -> OUTAGE_SAFE;
                case HOW, WHY, OTHER_WAY -> OUTAGE_WHY;
            });
            return Optional.of(p.replies().reask(s, explained).after(new Step.Explained(s.lastAttempt().fixId(), ask.aspect())));
        }
        if (!(answer instanceof Answer.Act act)) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (act.action()) {
            case WAIT -> p.replies().tell(s.in(State.AWAITING_PROBLEM), prompts.say(s, OUTAGE_WAIT)).after(new Step.Ended(Ending.OUTAGE));
            case CONTINUE, DECLINE -> p.plan().next(s, null).after(new Step.CarriedOn());
            default -> null;
        });
    }
}
