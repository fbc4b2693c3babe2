package supportbot.dialog;

import java.util.regex.Pattern;

/**
 * Masks what looks like a secret or a way to find a person in a user's words before they are kept
 * (session, event log, hand-off summary): people paste passwords, passcodes and verification codes into
 * support chats, and their e-mail address, phone number, serial number or IMEI.
 */
public final class Secrets {
    /** "error code 4013" and its kin name a fault, not a secret. */
    private static final String LABEL = "(?i)\\b(password|passwd|pwd|passcode|pin|(?<!\\b(?:error|status|exit|reason)\\s)code)";
    /** "password is x", "code: x": whatever follows. */
    private static final Pattern SAID_TO_BE = Pattern.compile(LABEL + "(\\s+(?:is|was)\\s+|\\s*[=:]\\s*)(\\S+)");
    /** "code 4821a": only a value with a digit, so "code never arrives" stays readable. */
    private static final Pattern FOLLOWED_BY = Pattern.compile(LABEL + "(\\s+)(\\S*\\d\\S*)");
    /** Bounded like the parts of an address, so that a long run of letters costs no more than a short one. */
    private static final Pattern EMAIL = Pattern.compile("(?U)(?<![\\w.+-])[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,8}");
    /** Read beyond the cut, so that a secret across it is masked whole before it is cut. */
    private static final int MARGIN = 256;
    /**
     * Phone numbers, IMEIs, codes: six or more digits, a single space or dash allowed between two, with a
     * "+44" or "(555)" before them. "iOS 17.2.1", "4.6 GB", "10:30" and "10 - 12" have fewer or other signs.
     * Numbers of that shape that are something else are read first and kept (group 1): a date ("2024-03-15"),
     * thousands written with spaces ("120 000"), a number and a year ("2338 2020"). The repeats are possessive:
     * Java matches a greedy group by recursion, so a message of 4,096 spaced digits would overflow the stack.
     */
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<![\\w+.])(?:"
            + "((?:\\d{4}-\\d{2}-\\d{2}|\\d{2}-\\d{2}-\\d{4})(?![\\d-])"
            + "|\\d{1,3}(?: \\d{3})++(?<= 000)(?![\\w-]| \\d)"
            + "|\\d{1,6} (?:19|20)\\d{2}(?![\\w-]| \\d))"
            + "|(?:\\+\\d{1,3}[ -]?)?(?:\\(\\d{1,4}\\)[ -]?)?\\d(?:[ -]?\\d){5,}+(?!\\w))");
    /**
     * An Apple serial number as Settings shows it: 10 to 12 capitals and digits, at least two of each, and no
     * vowel (Apple leaves them out; a model written in capitals, "IPHONE15PRO", "GALAXYS23FE", has some).
     */
    private static final Pattern SERIAL = Pattern.compile(
            "\\b(?=(?:[A-Z]*\\d){2})(?=(?:\\d*[A-Z]){2})[B-DF-HJ-NP-TV-Z\\d]{10,12}\\b");
    /** After the word, in any case and shape: "serial number is c02xl0gxjgh5", "S/N: DNPXK3QHKXKN". */
    private static final Pattern SERIAL_SAID = Pattern.compile(
            "(?i)\\b(serial(?: number| no\\.?)?|s/n)(\\s*(?:is\\s+|[:#=]\\s*)?)(?=[a-z]*\\d)[a-z\\d]{8,14}\\b");

    private Secrets() {
    }

    public static String mask(String text) {
        String masked = EMAIL.matcher(text).replaceAll("[email]");
        masked = SERIAL_SAID.matcher(masked).replaceAll("$1$2[serial]");
        masked = SERIAL.matcher(masked).replaceAll("[serial]");
        masked = LONG_NUMBER.matcher(masked).replaceAll(m -> m.group(1) != null ? m.group() : "[number]");
        masked = SAID_TO_BE.matcher(masked).replaceAll("$1$2[hidden]");
        return FOLLOWED_BY.matcher(masked).replaceAll("$1$2[hidden]");
    }

    /** The user's words as they may be kept: masked, and cut after {@code max} characters (never inside an emoji). */
    public static String kept(String text, int max) {
        String masked = mask(text.length() <= max + MARGIN ? text : text.substring(0, max + MARGIN));
        if (masked.length() <= max) {
            return masked;
        }
        return masked.substring(0, Character.isHighSurrogate(masked.charAt(max - 1)) ? max - 1 : max) + "…";
    }
}
