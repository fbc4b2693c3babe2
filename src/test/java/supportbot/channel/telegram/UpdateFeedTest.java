package supportbot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.pengrad.telegrambot.model.Update;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** getUpdates answers that a hostile or broken Bot API server could give, read by the feed. */
class UpdateFeedTest {
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private FakeBotApi api;
    private UpdateFeed feed;

    @BeforeEach
    void start() throws Exception {
        api = new FakeBotApi();
        feed = new UpdateFeed(new OkHttpClient(), api.apiUrl(), TestRunners.TOKEN, new Redaction(TestRunners.TOKEN),
                LongPolling.ALLOWED_UPDATES);
        Logger logger = (Logger) LoggerFactory.getLogger(UpdateFeed.class);
        logs.start();
        logger.addAppender(logs);
        logger.setAdditive(false);
    }

    @AfterEach
    void stop() {
        Logger logger = (Logger) LoggerFactory.getLogger(UpdateFeed.class);
        logger.detachAppender(logs);
        logger.setAdditive(true);
        api.close();
    }

    @Test
    void anUpdateWithTheLargestIdThereIsIsSkippedWithOneLogLineAndTheNextUpdatesStillCome() throws Exception {
        api.userSays(1, 1, "hello");
        api.addRawUpdate("{\"update_id\":" + Long.MAX_VALUE + ",\"message\":{\"message_id\":1,\"date\":1,"
                + "\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"the last update there can be\"}}");
        UpdateFeed.Batch first = feed.fetch(0, 0, 0);
        api.userSays(2, 2, "hi");
        UpdateFeed.Batch second = feed.fetch(first.nextOffset(), 0, first.nextOffset());
        UpdateFeed.Batch third = feed.fetch(second.nextOffset(), 0, second.nextOffset());

        assertThat(first.updates()).extracting(Update::updateId).containsExactly(1);
        assertThat(first.nextOffset()).isEqualTo(2);
        assertThat(second.updates()).extracting(Update::updateId).containsExactly(3);
        assertThat(third.updates()).isEmpty();
        assertThat(third.nextOffset()).isEqualTo(4);
        assertThat(logs.list).singleElement().extracting(ILoggingEvent::getFormattedMessage)
                .isEqualTo("update 9223372036854775807 has the largest id there is: it cannot be confirmed, so it is skipped");
    }

    @Test
    void aWronglyTypedFieldIsLoggedOnOneLineWithItsLineBreaksEscaped() throws Exception {
        api.addRawUpdate("{\"update_id\":1,\"message\":{\"message_id\":\"12\\n00:00:00.000 ERROR forged line\\u202e\",\"date\":1,"
                + "\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"hello\"}}");
        assertThat(feed.fetch(0, 0, 0).nextOffset()).isEqualTo(2);
        assertThat(logs.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .startsWith("update 1 cannot be read, skipped: ")
                .contains("12\\n00:00:00.000 ERROR forged line\\u202e")
                .doesNotContain("\n").doesNotContain("\u202e");
    }

    @Test
    void theTokenIsHiddenAndControlCharactersEscapedInWhatIsLogged() {
        Redaction redaction = new Redaction(TestRunners.TOKEN);
        assertThat(redaction.clean("bad\r\nurl /bot" + TestRunners.TOKEN + "/x\t\u200f\u0007"))
                .isEqualTo("bad\\r\\nurl /bot<token>/x\\t\\u200f\\u0007");
        assertThat(redaction.describe(new IllegalStateException("a\nb", new RuntimeException("c\u2028d"))))
                .isEqualTo("IllegalStateException: a\\nb <- RuntimeException: c\\u2028d");
    }
}
