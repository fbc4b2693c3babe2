package supportbot.channel.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import supportbot.pipeline.Bot;
import supportbot.store.SessionStore;
import supportbot.testing.TestBot;

/** A real TelegramRunner against a local Bot API, with fast limits and short backoffs for tests. */
final class TestRunners {
    static final String TOKEN = "123456:TEST-secret-token-abc";

    private TestRunners() {
    }

    static TelegramSettings polling(String apiUrl) {
        return settings(apiUrl, TelegramSettings.Mode.POLLING, "", "");
    }

    static TelegramSettings webhook(String apiUrl, String secret) {
        return settings(apiUrl, TelegramSettings.Mode.WEBHOOK, "https://bot.example.invalid/telegram", secret);
    }

    private static TelegramSettings settings(String apiUrl, TelegramSettings.Mode mode, String url, String secret) {
        return new TelegramSettings(TOKEN, apiUrl, mode, 1, url, "127.0.0.1", 0, "/telegram", secret,
                4, 50, 50.0, 1000, 200, 5, Duration.ofMillis(50), Duration.ofMillis(400), Duration.ofHours(24));
    }

    static TelegramRunner start(TelegramSettings settings, SessionStore store) throws Exception {
        Bot bot = new Bot(TestBot.engine(), store, "sorry");
        return new TelegramRunner(settings, bot, TestBot.knowledge().phrases(), Clock.systemUTC()).start();
    }

    /** A runner whose hand-offs go to the group {@code supportChat}. */
    static TelegramRunner startWithSupportChat(TelegramSettings settings, SessionStore store, long supportChat) throws Exception {
        Bot bot = new Bot(TestBot.withSupportChat(), store, "sorry");
        return new TelegramRunner(settings, OptionalLong.of(supportChat), bot, TestBot.knowledge().phrases(),
                Clock.systemUTC()).start();
    }
}
