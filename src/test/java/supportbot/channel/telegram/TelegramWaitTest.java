package supportbot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

class TelegramWaitTest {

    @ParameterizedTest(name = "retry_after {0} is waited {1} s")
    @CsvSource({"0, 1", "1, 1", "30, 30", "120, 120", "121, 120", "3600, 120", "2147483647, 120", "-5, 1"})
    void aRetryAfterIsWaitedUpToTwoMinutes(int asked, int waited) {
        assertThat(TelegramWait.seconds(asked)).isEqualTo(waited);
    }

    @Test
    void pollingToldToWaitAnHourWaitsTwoMinutesAndSaysSo() {
        Logger polling = (Logger) LoggerFactory.getLogger(LongPolling.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        polling.addAppender(logs);
        polling.setAdditive(false);
        try {
            long pause = LongPolling.pauseAfter(new UpdateFeed.FeedException("getUpdates refused: error 429 Too Many Requests", 429, 3600), 1);
            assertThat(pause).isEqualTo(120_000);
        } finally {
            polling.detachAppender(logs);
            polling.setAdditive(true);
        }
        assertThat(logs.list).singleElement().extracting(ILoggingEvent::getFormattedMessage)
                .isEqualTo("getUpdates refused: error 429 Too Many Requests: waiting 120 s (3600 s asked, two minutes is the longest the bot waits)");
    }
}
