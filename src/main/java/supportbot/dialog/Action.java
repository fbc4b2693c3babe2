package supportbot.dialog;

import java.util.Locale;

/** What a user's answer means, once understood, whether typed or pressed. */
enum Action {
    // A fix's answers.
    FIXED, NOT_FIXED, SKIP, DECLINE, HOW, YES, NO,
    // Moving on, or not.
    STOP, MAYBE_STOP, WAIT, CONTINUE, START_OVER, WELCOME, SOMETHING_ELSE, ANOTHER_PROBLEM, HUMAN,
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

    /** Whether acting on it changes or records something, so that it needs a confident reading. */
    boolean moves() {
        return switch (this) {
            case HOW, MAYBE_STOP, WELCOME, GREETING, THANKS, HELP, OUT_OF_SCOPE, REMARK, NOT_ENGLISH, UNCLEAR -> false;
            default -> true;
        };
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
