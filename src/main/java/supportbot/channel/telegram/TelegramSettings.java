package supportbot.channel.telegram;

import java.time.Duration;
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
        int overallPerSecond,
        int maxAttempts,
        Duration firstBackoff) {

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
