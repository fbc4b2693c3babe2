package supportbot.dialog;

import java.util.Locale;
import java.util.Optional;

/** What a user's answer means, once understood, whether typed or pressed. */
public enum Action {
    // A fix's answers.
    FIXED, NOT_FIXED, SKIP, DECLINE, GO_BACK, YES, NO,
    // Moving on, or not.
    STOP, WAIT, CONTINUE, START_OVER, WELCOME, SOMETHING_ELSE, ANOTHER_PROBLEM, HUMAN,
    // "Was this helpful?"
    HELPFUL, NOT_HELPFUL,
    // Answers nothing: the question stays open.
    GREETING, THANKS, HELP, OUT_OF_SCOPE, REMARK, NOT_ENGLISH, UNCLEAR;

    /** The intent model's conversation labels. */
    static Action ofConversationIntent(String intent) {
        return switch (intent) {
            case "greeting" -> GREETING;
            case "thanks" -> THANKS;
            case "help" -> HELP;
            case "human" -> HUMAN;
            case "out_of_scope" -> OUT_OF_SCOPE;
            default -> UNCLEAR;
        };
    }

    /** The action a label of the model of answers names ("not_fixed", "go_back"), if it names one. */
    static Optional<Action> ofLabel(String label) {
        for (Action action : values()) {
            if (action.code().equals(label)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    /** Whether acting on it changes or records something, so that it needs a sure reading. */
    boolean moves() {
        return switch (this) {
            case WELCOME, GREETING, THANKS, HELP, OUT_OF_SCOPE, REMARK, NOT_ENGLISH, UNCLEAR -> false;
            default -> true;
        };
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
