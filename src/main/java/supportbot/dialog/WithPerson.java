package supportbot.dialog;

import static supportbot.knowledge.Phrase.*;

import java.util.List;
import java.util.Optional;
import supportbot.nlu.AnswerSet;

/** A person from support has the conversation: the user's words go to them ({@link Handoff}); one button leads back. */
final class WithPerson implements Asked {
    private final Prompts prompts;

    WithPerson(Prompts prompts) {
        this.prompts = prompts;
    }

    @Override
    public Question question() {
        return Question.WITH_PERSON;
    }

    @Override
    public AnswerSet answers(Session s) {
        return null;
    }

    @Override
    public String prompt(Session s) {
        return prompts.say(HANDOFF_ACTIVE);
    }

    @Override
    public List<Button> buttons(Session s) {
        return List.of(Prompts.act(s, prompts.say(BUTTON_BACK_TO_BOT), Action.STOP));
    }

    @Override
    public Optional<Outcome> answer(Session s, Answer answer, Said said, Parts p) {
        return Optional.empty();
    }
}
