package supportbot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.pengrad.telegrambot.TelegramBot;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Reply;
import supportbot.dialog.State;
import supportbot.metrics.BotMetrics;
import supportbot.store.InMemorySessionStore;
import supportbot.store.Outgoing;

/** The sender against a fake Bot API: what a reply that cannot be sent, or a 429 of an hour, does to the queues. */
class OutboxSenderTest {
    private static final long SUPPORT = -100;
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final InMemorySessionStore store = new InMemorySessionStore();
    private FakeBotApi api;

    @BeforeEach
    void start() throws Exception {
        api = new FakeBotApi();
        Logger sender = (Logger) LoggerFactory.getLogger(OutboxSender.class);
        logs.start();
        sender.addAppender(logs);
        sender.setAdditive(false);
    }

    @AfterEach
    void stop() {
        Logger sender = (Logger) LoggerFactory.getLogger(OutboxSender.class);
        sender.detachAppender(logs);
        sender.setAdditive(true);
        api.close();
    }

    @Test
    void aReplyThatThrowsTheSameWayThreeTimesIsGivenUpWithOneLineAndCountedAndTheNextOneGoes() throws Exception {
        // A hand-off with an attachment from a conversation whose id is no chat: copying it throws every time.
        ConversationKey broken = new ConversationKey("telegram", "not-a-chat");
        store.enqueue(broken, List.of(new Outgoing(forSupport("a photo"), "ref: telegram/not-a-chat", 5),
                new Outgoing(forSupport("and then words"), "ref: telegram/not-a-chat", 0)), Instant.now());
        try (OutboxSender sender = sender().start()) {
            FaultyTelegramTest.await(() -> store.backlog().givenUp() == 1 && api.sentTo(SUPPORT).size() == 1, Duration.ofSeconds(10));
        }
        assertThat(api.sentTo(SUPPORT)).extracting(FakeBotApi.Sent::text).containsExactly("ref: telegram/not-a-chat\nand then words");
        assertThat(logs.list).filteredOn(e -> e.getLevel() == Level.ERROR).singleElement()
                .satisfies(e -> assertThat(e.getFormattedMessage()).contains("cannot be sent (3 times: java.lang.NumberFormatException")
                        .endsWith("given up"));
        assertThat(logs.list).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
        assertThat(registry.counter("supportbot.outbox.given.up").count()).isEqualTo(1);
    }

    @Test
    void aRetryAfterOfAnHourIsWaitedTwoMinutesAtMost() throws Exception {
        api.retryAfter(3600);
        api.failNextSends(FakeBotApi.Fault.TOO_MANY_REQUESTS);
        ConversationKey ann = new ConversationKey("telegram", "7");
        Instant queued = Instant.now();
        store.enqueue(ann, List.of(Outgoing.of(new Reply("hello", List.of(), null, null, State.ON_STEP))), queued);
        try (OutboxSender sender = sender().start()) {
            FaultyTelegramTest.await(() -> api.faultsServed() == 1 && store.due(Instant.now(), 10).isEmpty(), Duration.ofSeconds(10));
        }
        assertThat(store.due(queued.plusSeconds(TelegramWait.MAX_SECONDS - 5), 10)).isEmpty();
        assertThat(store.due(Instant.now().plusSeconds(TelegramWait.MAX_SECONDS + 1), 10)).singleElement()
                .satisfies(q -> assertThat(q.attempts()).as("a 429 is no failed try").isZero());
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(line -> assertThat(line).endsWith("Telegram's 429, waiting 120 s (3600 s asked, two minutes is the longest the bot waits)"));
    }

    private OutboxSender sender() {
        TelegramBot client = new TelegramBot.Builder(TestRunners.TOKEN).apiUrl(api.apiUrl()).build();
        return new OutboxSender(store, new TelegramApi(client, new Redaction(TestRunners.TOKEN), 1, Duration.ofMillis(50)),
                new RateLimiter(20, 20, 100, 30), new OutboxSender.Retries(Duration.ofMillis(50), Duration.ofMillis(400), Duration.ofHours(24)),
                OptionalLong.of(SUPPORT), q -> { }, Clock.systemUTC(), 2, new BotMetrics(registry));
    }

    private static Reply forSupport(String text) {
        return new Reply(text, List.of(), null, null, State.HANDED_OFF, Reply.Audience.SUPPORT);
    }
}
