package supportbot.channel.telegram;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes what comes from outside safe for a log line: the bot token out (the client's exceptions can carry
 * request URLs, which contain it), and control and direction characters escaped, so that a value from an
 * update (a field of the wrong type is echoed in the parser's message) cannot start a forged log line or
 * turn one around.
 */
final class Redaction {
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
    private final String token;

    Redaction(String token) {
        this.token = token;
    }

    String clean(String text) {
        if (text == null) {
            return null;
        }
        return escaped(token.isEmpty() ? text : text.replace(token, "<token>"));
    }

    String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (out.length() > 0) {
                out.append(" <- ");
            }
            out.append(t.getClass().getSimpleName()).append(": ").append(clean(t.getMessage()));
        }
        return out.toString();
    }

    /** "a\nb" as "a\\nb", U+202E as "\\u202e": one line, read as written. */
    static String escaped(String text) {
        Matcher m = UNPRINTABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            char c = m.group().charAt(0);
            String escape = c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : String.format("\\u%04x", (int) c);
            m.appendReplacement(out, Matcher.quoteReplacement(escape));
        }
        return m.appendTail(out).toString();
    }
}
