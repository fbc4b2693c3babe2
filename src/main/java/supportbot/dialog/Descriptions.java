package supportbot.dialog;

import java.util.Optional;
import supportbot.nlu.AnswerReader;
import supportbot.nlu.Intent;

/**
 * Where the bot asked what is wrong, words are a description of the problem. At "Which of these is closest?"
 * more words about the problem are read with the words that led to the question; what describes no problem
 * there ("none of these") is left to the model of answers.
 */
final class Descriptions implements Reader {
    /** What "Was this helpful?" is answered with: after a problem, "it backed up last night, thanks!" is that. */
    private static final String AFTER_A_FIX = "helpful";
    private final DescriptionReader descriptions;
    private final AnswerReader answers;
    private final ReadingPolicy policy;

    Descriptions(DescriptionReader descriptions, AnswerReader answers, ReadingPolicy policy) {
        this.descriptions = descriptions;
        this.answers = answers;
        this.policy = policy;
    }

    @Override
    public Optional<Reading> read(Session s, Asked asked, String text) {
        return switch (asked.question()) {
            case DESCRIBE -> Optional.of(thanks(s, text) ? Reading.sure(new Answer.Act(Action.HELPFUL), "description")
                    : afterAFix(s, descriptions.read(text)));
            case WITH_PERSON -> Optional.of(Reading.sure(descriptions.read(text), "description"));
            case CLARIFY -> {
                Answer alone = descriptions.read(text);
                Answer together = surely(alone) || s.problem() == null ? alone : descriptions.read(s.problem() + ". " + text);
                yield surely(alone) ? Optional.of(Reading.sure(alone, "description"))
                        : surely(together) && !(alone instanceof Answer.Act) ? Optional.of(Reading.sure(together, "description"))
                        : Optional.empty();
            }
            default -> Optional.empty();
        };
    }

    /**
     * Back after a problem was worked on, a problem read under {@code act} is asked about first ("So can I close it
     * now?" read as a stuck backup at 0.51 started that problem): after a fix, words are as often a remark about it
     * as a new problem. Before any, a description is what was asked for, and taken as the intent model reads it.
     */
    private Reading afterAFix(Session s, Answer answer) {
        boolean afterAFix = s.intent() != null && !s.attempts().isEmpty();
        return afterAFix && answer instanceof Answer.Problem problem ? new Reading(problem, problem.confidence(), "description")
                : Reading.sure(answer, "description");
    }

    /** Back after a problem was worked on, words that say it is working now and thank the bot describe no problem. */
    private boolean thanks(Session s, String text) {
        if (s.intent() == null || s.attempts().isEmpty()) {
            return false;
        }
        Intent top = answers.read(AFTER_A_FIX, text).top();
        return top.name().equals(AFTER_A_FIX) && top.confidence() >= policy.act();
    }

    private static boolean surely(Answer answer) {
        return answer instanceof Answer.Problem || answer instanceof Answer.Between;
    }
}
