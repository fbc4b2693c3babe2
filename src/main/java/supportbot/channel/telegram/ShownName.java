package supportbot.channel.telegram;

import java.util.regex.Pattern;

/**
 * A name or username from an update as it is shown to people (agents see the user's, users the agent's).
 * Telegram caps names at 64 characters, but an update can be crafted: line breaks would start a line of
 * their own in the agents' header, direction controls (U+202E, U+200F) would turn it around, and a name of
 * thousands of characters would not fit a message.
 */
final class ShownName {
    static final int MAX = 64;
    /** Controls, line and paragraph separators: a space. */
    private static final Pattern BREAKS = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}]+");
    /**
     * Direction marks, embeddings, overrides and isolates, the Arabic letter mark and the byte order mark. Not
     * every format character: the zero-width joiner and non-joiner hold emoji sequences and Persian or Hindi
     * names together.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\u061C\\uFEFF]+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private ShownName() {
    }

    /** The name on one line, without direction controls, cut after {@link #MAX} characters; "" for null. */
    static String of(String name) {
        if (name == null) {
            return "";
        }
        String plain = SPACES.matcher(BREAKS.matcher(INVISIBLE.matcher(name).replaceAll("")).replaceAll(" ")).replaceAll(" ").strip();
        return plain.length() <= MAX ? plain : ReplyRenderer.cut(plain, MAX).stripTrailing() + "…";
    }
}
