package supportbot.dialog;

import static supportbot.dialog.Action.*;

/**
 * What each question accepts from the reply model: its labels say what kind of answer a message is
 * ("yes", "still failing", "one sec"), and each question reads them its own way. A "yes" to "Did that
 * fix it?" is fixed; to the reset warning it is go ahead; to "Was this helpful?" it is helpful.
 * Anything a question does not accept keeps the question open.
 */
final class Accepts {
    private Accepts() {
    }

    static Action of(Question question, String label) {
        return switch (question) {
            case STEP -> switch (label) {
                case "fixed", "yes" -> FIXED;
                case "not_fixed", "no" -> NOT_FIXED;
                case "skip" -> SKIP;
                // "Next please" without having done it: passed over, not tried.
                case "decline", "continue" -> DECLINE;
                default -> anywhere(label);
            };
            case CHECK -> switch (label) {
                case "yes" -> YES;
                case "no" -> NO;
                case "decline" -> DECLINE;
                case "unsure" -> HOW;
                default -> anywhere(label);
            };
            case VARIANT -> switch (label) {
                case "skip" -> SKIP;
                case "decline" -> DECLINE;
                case "unsure" -> HOW;
                default -> anywhere(label);
            };
            case CONFIRM -> switch (label) {
                case "yes", "continue" -> YES;
                case "no", "decline" -> NO;
                case "skip" -> SKIP;
                default -> anywhere(label);
            };
            case OUTAGE -> switch (label) {
                case "wait" -> WAIT;
                case "continue", "decline" -> CONTINUE;
                default -> anywhere(label);
            };
            case HELPFUL -> switch (label) {
                case "yes", "fixed" -> HELPFUL;
                case "another_problem" -> ANOTHER_PROBLEM;
                case "no" -> NOT_HELPFUL;
                case "not_fixed" -> NOT_FIXED;
                default -> anywhere(label);
            };
            case OUT_OF_FIXES -> switch (label) {
                case "yes" -> HUMAN;
                case "no", "stop" -> NO;
                default -> anywhere(label);
            };
            case WELCOME_BACK -> switch (label) {
                case "yes", "continue" -> CONTINUE;
                case "no" -> START_OVER;
                case "fixed" -> FIXED;
                case "not_fixed" -> NOT_FIXED;
                case "skip" -> SKIP;
                default -> anywhere(label);
            };
            case SURE_TO_STOP -> switch (label) {
                case "yes" -> STOP;
                case "no", "continue" -> CONTINUE;
                case "fixed" -> FIXED;
                case "not_fixed" -> NOT_FIXED;
                default -> anywhere(label);
            };
            case SURE_NEW_PROBLEM -> switch (label) {
                case "yes" -> YES;
                case "no", "continue" -> CONTINUE;
                case "fixed" -> FIXED;
                case "not_fixed" -> NOT_FIXED;
                default -> anywhere(label);
            };
            case CLARIFY -> switch (label) {
                case "no", "decline" -> SOMETHING_ELSE;
                default -> anywhere(label);
            };
            case DESCRIBE, WITH_PERSON -> anywhere(label);
        };
    }

    /** What every question accepts: more detail, stop, start over, a person; a remark answers nothing. */
    private static Action anywhere(String label) {
        return switch (label) {
            case "help" -> HOW;
            case "stop" -> STOP;
            case "start_over" -> START_OVER;
            case "human" -> HUMAN;
            case "another_problem" -> ANOTHER_PROBLEM;
            case "remark", "wait", "unsure" -> REMARK;
            default -> UNCLEAR;
        };
    }
}
