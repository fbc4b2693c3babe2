package supportbot.dialog;

import java.util.regex.Pattern;

/**
 * Masks what looks like a secret in a user's words before they are kept (session, event log, hand-off
 * summary): people paste passwords, passcodes and verification codes into support chats.
 */
public final class Secrets {
    private static final String LABEL = "(?i)\\b(password|passwd|pwd|passcode|pin|code)";
    /** "password is x", "code: x": whatever follows. */
    private static final Pattern SAID_TO_BE = Pattern.compile(LABEL + "(\\s+(?:is|was)\\s+|\\s*[=:]\\s*)(\\S+)");
    /** "code 4821a": only a value with a digit, so "code never arrives" stays readable. */
    private static final Pattern FOLLOWED_BY = Pattern.compile(LABEL + "(\\s+)(\\S*\\d\\S*)");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\b\\d[\\d -]{4,}\\d\\b");

    private Secrets() {
    }

    public static String mask(String text) {
        String masked = LONG_NUMBER.matcher(text).replaceAll("[number]");
        masked = SAID_TO_BE.matcher(masked).replaceAll("$1$2[hidden]");
        return FOLLOWED_BY.matcher(masked).replaceAll("$1$2[hidden]");
    }
}
