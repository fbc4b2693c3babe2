package supportbot.channel.telegram;

import java.util.regex.Pattern;

/**
 * A name or username from an update as it is shown to people (agents see the user's, users the agent's).
 * Telegram caps names at 64 characters, but an update can be crafted: line breaks would start a line of
 * their own in the agents' header, direction marks (U+202E, U+200F) would turn it around, and a name of
 * thousands of characters would not fit a message.
 */
final class ShownName {
    static final int MAX = 64;
    /** Controls, line and paragraph separators: a space. */
    private static final Pattern BREAKS = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}]+");
    /** Format characters: direction marks and overrides, zero-width ones, the byte order mark. */
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private ShownName() {
    }

    /** The name on one line, without invisible characters, cut after {@link #MAX} characters; "" for null. */
    static String of(String name) {
        if (name == null) {
            return "";
        }
        String plain = SPACES.matcher(BREAKS.matcher(INVISIBLE.matcher(name).replaceAll("")).replaceAll(" ")).replaceAll(" ").strip();
        return plain.length() <= MAX ? plain : ReplyRenderer.cut(plain, MAX).stripTrailing() + "…";
    }
}
