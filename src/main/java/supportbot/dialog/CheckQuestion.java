package supportbot.dialog;

import static supportbot.knowledge.Phrase.*;

import java.util.List;
import java.util.Optional;
import supportbot.knowledge.Branch;
import supportbot.knowledge.KnowledgeBase;
import supportbot.nlu.AnswerSet;

/**
 * A check's question after its steps ("Is the dot next to iCloud Backup green?"). Which answer means
 * waiting is the knowledge's to say: no for the status dot, yes for "Charging On Hold".
 */
final class CheckQuestion implements Asked {
    private static final AnswerSet ANSWERS = new AnswerSet("check", "yes", "no", true, StepQuestion.TAKING_BACK);
    private final KnowledgeBase knowledge;
    private final Prompts prompts;

    CheckQuestion(KnowledgeBase knowledge, Prompts prompts) {
        this.knowledge = knowledge;
        this.prompts = prompts;
    }

    @Override
    public Question question() {
        return Question.CHECK;
    }

    @Override
    public AnswerSet answers(Session s) {
        return ANSWERS;
    }

    @Override
    public String prompt(Session s) {
        return prompts.stillOn(s, check(s).question());
    }

    @Override
    public List<Button> buttons(Session s) {
        Branch.Check check = check(s);
        return List.of(Prompts.act(s, check.yes(), Action.YES), Prompts.act(s, check.no(), Action.NO),
                Prompts.button(s, prompts.say(BUTTON_HOW), new Answer.Ask(Answer.Aspect.HOW)),
                Prompts.act(s, prompts.say(BUTTON_STOP), Action.STOP));
    }

    @Override
    public Optional<Answer> own(Session s, String words) {
        return check(s).answer(words).map(yes -> new Answer.Act(yes ? Action.YES : Action.NO));
    }

    @Override
    public Optional<Outcome> answer(Session s, Answer answer, Said said, Parts p) {
        if (!(answer instanceof Answer.Act act)) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (act.action()) {
            case YES, NO -> checked(s, act.action() == Action.YES, p);
            case DECLINE -> p.plan().answered(s, Attempt.Result.DECLINED, AFTER_DECLINE);
            default -> null;
        });
    }

    private Outcome checked(Session s, boolean yes, Parts p) {
        Branch.Check check = check(s);
        if (!check.waits(yes)) {
            return p.plan().answered(s, Attempt.Result.CHECK_OK, prompts.fill(s, check.goOnText()));
        }
        Session down = s.answered(Attempt.Result.OUTAGE).in(State.OUTAGE);
        return p.replies().ask(down, prompts.fill(s, check.waitText()) + "\n\n" + prompts.say(s, OUTAGE_QUESTION))
                .after(new Step.Answered(s.fix(), Attempt.Result.OUTAGE));
    }

    private Branch.Check check(Session s) {
        return (Branch.Check) knowledge.fix(s.fix()).branch();
    }
}
