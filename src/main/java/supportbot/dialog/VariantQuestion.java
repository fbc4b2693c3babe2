package supportbot.dialog;

import static supportbot.knowledge.Phrase.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import supportbot.knowledge.Branch;
import supportbot.knowledge.KnowledgeBase;
import supportbot.nlu.AnswerSet;

/** "Which iPhone do you have?" before a fix whose steps depend on it; the model's labels are the options' ids. */
final class VariantQuestion implements Asked {
    private static final AnswerSet ANSWERS = new AnswerSet("variant", null, null, true, StepQuestion.TOLD_HOW_IT_WENT);
    private final KnowledgeBase knowledge;
    private final Prompts prompts;

    VariantQuestion(KnowledgeBase knowledge, Prompts prompts) {
        this.knowledge = knowledge;
        this.prompts = prompts;
    }

    @Override
    public Question question() {
        return Question.VARIANT;
    }

    @Override
    public AnswerSet answers(Session s) {
        return ANSWERS;
    }

    @Override
    public String prompt(Session s) {
        return prompts.stillOn(s, choose(s).question());
    }

    @Override
    public List<Button> buttons(Session s) {
        List<Button> buttons = new ArrayList<>();
        choose(s).variants().forEach(v -> buttons.add(Prompts.button(s, v.label(), new Answer.PickVariant(v.id()))));
        buttons.add(Prompts.act(s, prompts.say(BUTTON_SKIP), Action.SKIP));
        buttons.add(Prompts.button(s, prompts.say(BUTTON_HOW_TO_TELL), new Answer.Ask(Answer.Aspect.HOW)));
        buttons.add(Prompts.act(s, prompts.say(BUTTON_STOP), Action.STOP));
        return buttons;
    }

    @Override
    public Optional<Answer> meaning(Session s, String label) {
        Optional<Branch.Variant> option = choose(s).variant(label);
        return option.isPresent() ? Optional.of(new Answer.PickVariant(label)) : Meanings.of(label);
    }

    @Override
    public Optional<Answer> own(Session s, String words) {
        return choose(s).matching(words).map(v -> new Answer.PickVariant(v.id()));
    }

    @Override
    public Optional<Answer> mentioned(Session s, String words) {
        return choose(s).named(words).map(v -> new Answer.PickVariant(v.id()));
    }

    @Override
    public Optional<Outcome> answer(Session s, Answer answer, Said said, Parts p) {
        if (answer instanceof Answer.PickVariant pick && choose(s).variant(pick.variantId()).isPresent()) {
            Session chosen = s.withVariant(pick.variantId()).in(State.ON_STEP);
            String steps = prompts.steps(chosen, prompts.say(chosen, STEP_QUESTION));
            return Optional.of(p.replies().ask(chosen, prompts.fill(s, choose(s).chosen()) + "\n" + steps)
                    .after(new Step.Chose(s.fix(), pick.variantId())));
        }
        if (!(answer instanceof Answer.Act act)) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (act.action()) {
            case FIXED -> p.plan().resolved(s);
            case NOT_FIXED -> p.plan().answered(s, Attempt.Result.NOT_FIXED, AFTER_NOT_FIXED);
            case SKIP -> p.plan().answered(s, Attempt.Result.SKIPPED, AFTER_SKIP);
            case DECLINE -> p.plan().answered(s, Attempt.Result.DECLINED, AFTER_DECLINE);
            default -> null;
        });
    }

    private Branch.ChooseVariant choose(Session s) {
        return (Branch.ChooseVariant) knowledge.fix(s.fix()).branch();
    }
}
