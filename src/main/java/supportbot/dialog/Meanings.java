package supportbot.dialog;

import java.util.Optional;

/** The labels of the model of answers that mean the same at every question: an action, or a question about the fix. */
final class Meanings {
    /** The label of words that describe another problem: which one, the intent model says. */
    static final String NEW_PROBLEM = "new_problem";

    private Meanings() {
    }

    static Optional<Answer> of(String label) {
        Optional<Answer> asked = Answer.Aspect.ofLabel(label).map(Answer.Ask::new);
        return asked.isPresent() ? asked : Action.ofLabel(label).map(Answer.Act::new);
    }
}
