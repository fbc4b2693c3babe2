package supportbot.dialog;

import java.util.Locale;

/** What a user can answer with a button or with words, once understood. */
enum Action {
    FIXED, NOT_FIXED, SKIP, HOW, STOP,
    YES, NO,
    SOMETHING_ELSE, START_OVER, ANOTHER_PROBLEM, WAIT, CONTINUE,
    GREETING, THANKS, HELP, HUMAN, OUT_OF_SCOPE,
    /** The answers to "Was this helpful?" after a fix worked. */
    HELPFUL, NOT_HELPFUL,
    /** Words that could not be understood in this state. */
    UNCLEAR;

    /** The reply model's labels map onto the first five actions. */
    static Action ofReplyLabel(String label) {
        return switch (label) {
            case "fixed" -> FIXED;
            case "not_fixed" -> NOT_FIXED;
            case "skip" -> SKIP;
            case "help" -> HOW;
            case "stop" -> STOP;
            default -> UNCLEAR;
        };
    }

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

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
