package supportbot.channel.telegram;

import com.typesafe.config.Config;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/** The settings of {@code supportbot.telegram} in conf/application.conf. */
public record TelegramSettings(
        String token,
        String apiUrl,
        Mode mode,
        int pollTimeoutSeconds,
        String webhookUrl,
        String webhookBind,
        int webhookPort,
        String webhookPath,
        String webhookSecret,
        int workers,
        int perChatBurst,
        double perChatPerSecond,
        int groupPerMinute,
        int overallPerSecond,
        int maxAttempts,
        Duration firstBackoff,
        Duration maxBackoff,
        Duration giveUpAfter) {

    /** Reads {@code supportbot.telegram} of conf/application.conf. */
    public static TelegramSettings from(Config t) {
        return new TelegramSettings(
                t.getString("token").strip(),
                t.getString("api-url"),
                Mode.valueOf(t.getString("mode").strip().toUpperCase(Locale.ROOT)),
                (int) t.getDuration("poll-timeout").toSeconds(),
                t.getString("webhook.url").strip(),
                t.getString("webhook.bind"),
                t.getInt("webhook.port"),
                t.getString("webhook.path"),
                t.getString("webhook.secret").strip(),
                t.getInt("workers"),
                t.getInt("per-chat-burst"),
                t.getDouble("per-chat-per-second"),
                t.getInt("group-per-minute"),
                t.getInt("overall-per-second"),
                t.getInt("max-attempts"),
                t.getDuration("first-backoff"),
                t.getDuration("max-backoff"),
                t.getDuration("give-up-after"));
    }

    public enum Mode { POLLING, WEBHOOK }

    public TelegramSettings {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(mode, "mode");
        if (mode == Mode.WEBHOOK && (webhookUrl.isBlank() || webhookSecret.isBlank())) {
            throw new IllegalArgumentException("webhook mode needs supportbot.telegram.webhook.url and .secret "
                    + "(TELEGRAM_WEBHOOK_URL, TELEGRAM_WEBHOOK_SECRET)");
        }
        if (!webhookSecret.isEmpty() && !webhookSecret.matches("[A-Za-z0-9_-]{1,256}")) {
            throw new IllegalArgumentException("the webhook secret may hold only A-Z, a-z, 0-9, _ and -, up to 256 characters");
        }
    }

    /** Never print the token or the webhook secret. */
    @Override
    public String toString() {
        return "TelegramSettings[apiUrl=" + apiUrl + ", mode=" + mode + ", webhookUrl=" + webhookUrl + "]";
    }
}
