package supportbot.channel.telegram;

/**
 * Keeps the bot token out of logs: the client's exceptions can carry request URLs, which contain it.
 */
final class Redaction {
    private final String token;

    Redaction(String token) {
        this.token = token;
    }

    String clean(String text) {
        if (text == null || token.isEmpty()) {
            return text;
        }
        return text.replace(token, "<token>");
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
}
