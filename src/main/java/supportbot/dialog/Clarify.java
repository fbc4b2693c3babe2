package supportbot.dialog;

import static supportbot.knowledge.Phrase.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import supportbot.knowledge.KnowledgeBase;
import supportbot.nlu.AnswerSet;

/**
 * "Which of these is closest?" with the likely problems and "Something else". Typed words are read as more
 * of the description; "none of these" is a no to the offer.
 */
final class Clarify implements Asked {
    private static final AnswerSet ANSWERS = new AnswerSet("yes_no", "yes", "no", false);
    private final KnowledgeBase knowledge;
    private final Prompts prompts;

    Clarify(KnowledgeBase knowledge, Prompts prompts) {
        this.knowledge = knowledge;
        this.prompts = prompts;
    }

    @Override
    public Question question() {
        return Question.CLARIFY;
    }

    /** Read after the description, for "none of these". */
    @Override
    public AnswerSet answers(Session s) {
        return ANSWERS;
    }

    @Override
    public String prompt(Session s) {
        return prompts.say(CLARIFY);
    }

    @Override
    public List<Button> buttons(Session s) {
        List<Button> buttons = new ArrayList<>();
        s.options().forEach(intent -> buttons.add(prompts.problem(s, intent)));
        buttons.add(Prompts.act(s, prompts.say(BUTTON_SOMETHING_ELSE), Action.SOMETHING_ELSE));
        return buttons;
    }

    /** "None of these" only asks for the problem in other words: it need not be sure. */
    @Override
    public boolean costly(Answer answer) {
        return !none(answer) && ReadingPolicy.moves(answer);
    }

    private static boolean none(Answer answer) {
        return answer instanceof Answer.Act act && (act.action() == Action.NO || act.action() == Action.DECLINE
                || act.action() == Action.SOMETHING_ELSE);
    }

    @Override
    public Optional<Outcome> answer(Session s, Answer answer, Said said, Parts p) {
        if (answer instanceof Answer.Clarify) {
            return Optional.of(p.replies().reask(s, prompts.say(CLARIFY_HINT)));
        }
        return none(answer) ? Optional.of(p.replies().ask(s.in(State.AWAITING_PROBLEM).withOptions(List.of()), prompts.say(SOMETHING_ELSE))
                .after(new Step.StartedOver())) : Optional.empty();
    }
}
