package supportbot.channel.telegram;

/**
 * How long the bot waits when Telegram answers 429: the {@code retry_after} it asks for, up to two minutes.
 * Telegram asks for seconds; a server that asks for an hour (a fault, or not Telegram) must not stop the
 * bot's sends or its polling that long, and one more 429 costs nothing.
 */
final class TelegramWait {
    static final int MAX_SECONDS = 120;

    private TelegramWait() {
    }

    /** The seconds to wait for a 429 that asked for {@code asked}: at least 1, at most {@link #MAX_SECONDS}. */
    static int seconds(int asked) {
        return Math.max(1, Math.min(asked, MAX_SECONDS));
    }

    /** "30 s", or "120 s (3600 s asked, two minutes is the longest the bot waits)": for the log line about the wait. */
    static String describe(int asked) {
        return asked <= MAX_SECONDS ? seconds(asked) + " s"
                : MAX_SECONDS + " s (" + asked + " s asked, two minutes is the longest the bot waits)";
    }
}
