package supportbot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Telegram's limits as "at most N in any window", from the first second on; the clock is the test's. */
class RateLimiterTest {
    private static final long SECOND = 1_000_000_000L;
    private final RateLimiter limits = new RateLimiter(3, 1.0, 20, 30);

    @Test
    void theWholeBotSendsAtMostThirtyInItsFirstSecond() {
        int now = 0;
        for (long chat = 1; chat <= 40; chat++) {
            if (limits.reserve(chat, 0) == 0) {
                now++;
            }
        }
        assertThat(now).isEqualTo(30);
        assertThat(limits.reserve(41, SECOND / 2)).as("still inside the first second").isEqualTo(SECOND / 2);
        assertThat(limits.reserve(41, SECOND)).isZero();
    }

    @Test
    void aChatGetsABurstOfThreeThenAboutOneASecond() {
        for (int i = 0; i < 3; i++) {
            assertThat(limits.reserve(7, 0)).isZero();
        }
        assertThat(limits.reserve(7, 0)).isEqualTo(3 * SECOND);
        assertThat(limits.reserve(8, 0)).as("another chat is not held up").isZero();
    }

    @Test
    void aGroupGetsAtMostTwentyAMinuteTheSupportGroupToo() {
        long t = 0;
        int sent = 0;
        while (t < 60 * SECOND) {
            if (limits.reserve(-1001234, t) == 0) {
                sent++;
            }
            t += SECOND + SECOND / 10;
        }
        assertThat(sent).isEqualTo(20);
        assertThat(limits.reserve(-1001234, 61 * SECOND)).isZero();
    }

    @Test
    void aChatTelegramAskedToWaitWaitsThatLong() {
        limits.pause(5, Duration.ofSeconds(7), 0);
        assertThat(limits.reserve(5, 2 * SECOND)).isEqualTo(5 * SECOND);
        assertThat(limits.reserve(5, 7 * SECOND)).isZero();
    }
}
