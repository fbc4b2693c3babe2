package supportbot.dialog;

import static supportbot.knowledge.Phrase.*;

import java.util.List;
import java.util.Optional;
import supportbot.knowledge.KnowledgeBase;
import supportbot.nlu.AnswerSet;

/** "What's going wrong?": words are read as a description of the problem, and the common problems are offered. */
final class Describe implements Asked {
    private final KnowledgeBase knowledge;
    private final Prompts prompts;

    Describe(KnowledgeBase knowledge, Prompts prompts) {
        this.knowledge = knowledge;
        this.prompts = prompts;
    }

    @Override
    public Question question() {
        return Question.DESCRIBE;
    }

    @Override
    public AnswerSet answers(Session s) {
        return null;
    }

    @Override
    public String prompt(Session s) {
        return prompts.say(ASK_PROBLEM);
    }

    @Override
    public List<Button> buttons(Session s) {
        return knowledge.commonProblems().stream().map(intent -> prompts.problem(s, intent)).toList();
    }

    /** Back after a problem: "it backed up last night, thanks!" is thanked, not taken for a new problem. */
    @Override
    public Optional<Outcome> answer(Session s, Answer answer, Said said, Parts p) {
        boolean thanked = answer instanceof Answer.Act act && act.action() == Action.HELPFUL;
        return thanked ? Optional.of(p.replies().ask(s, prompts.say(s, THANKS_REPLY))) : Optional.empty();
    }
}
