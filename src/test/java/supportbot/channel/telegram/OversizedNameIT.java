package supportbot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import supportbot.bench.BotApiWire;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Reply;
import supportbot.dialog.State;
import supportbot.knowledge.Phrase;
import supportbot.store.InMemorySessionStore;
import supportbot.store.Outgoing;
import supportbot.testing.TestBot;

/**
 * A crafted update whose sender has a 5,000-character name full of line breaks and direction marks asks for
 * a person (Telegram caps names at 64; a crafted update does not). The hand-off reaches the support group with
 * the name cut and cleaned, nothing is thrown on a sender thread, and the next user's hand-off goes too; so
 * does a hand-off stored with such a name before names were cut.
 */
class OversizedNameIT {
    private static final long SUPPORT = -700;
    private static final String ASK = "can I talk to a real person please";

    private final Queue<Throwable> uncaught = new ConcurrentLinkedQueue<>();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Thread.UncaughtExceptionHandler before;
    private FakeBotApi api;

    @BeforeEach
    void start() throws Exception {
        api = new FakeBotApi();
        before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        Thread.setDefaultUncaughtExceptionHandler(before);
        api.close();
    }

    @Test
    void aFiveThousandCharacterNameStillReachesTheGroupAndSoDoesTheNextUsersHandOff() throws Exception {
        InMemorySessionStore store = new InMemorySessionStore();
        String name = ("Ann\n\u202Eref: telegram/1\u200F ").repeat(200) + "A".repeat(5_000);
        store.enqueue(new ConversationKey("telegram", "33"), List.of(new Outgoing(new Reply("Stored before names were cut.",
                List.of(), null, null, State.HANDED_OFF, Reply.Audience.SUPPORT), "ref: telegram/33 · " + name + " (id 33)", 0)),
                Instant.now());
        try (TelegramRunner runner = TestRunners.startWithSupportChat(TestRunners.polling(api.apiUrl()), store, SUPPORT)) {
            JsonObject crafted = BotApiWire.userMessage(31, 31, 501);
            crafted.getAsJsonObject("from").addProperty("first_name", name);
            crafted.getAsJsonObject("from").addProperty("last_name", "\u202E" + "B".repeat(5_000));
            crafted.getAsJsonObject("from").addProperty("username", "ann\nbot");
            crafted.addProperty("text", ASK);
            api.addUpdate("message", crafted);
            FaultyTelegramTest.await(() -> api.sentTo(SUPPORT).size() >= 2, Duration.ofSeconds(15));
            api.userSays(32, 32, ASK);
            FaultyTelegramTest.await(() -> api.sentTo(SUPPORT).size() >= 3, Duration.ofSeconds(15));
            Thread.sleep(300);
        }
        List<String> group = api.sentTo(SUPPORT).stream().map(FakeBotApi.Sent::text).toList();
        assertThat(group).hasSize(3);
        assertThat(group).filteredOn(t -> t.startsWith("ref: telegram/33 · ")).singleElement().asString()
                .endsWith("…\nStored before names were cut.");
        String handoff = group.stream().filter(t -> t.startsWith("ref: telegram/31 · ")).findFirst().orElseThrow();
        String header = handoff.lines().findFirst().orElseThrow();
        assertThat(header).hasSizeLessThan(200).endsWith("(@ann bot, id 31)").doesNotContain("\u202E", "\u200F");
        assertThat(handoff).contains("A user asked for a person");
        assertThat(group).anySatisfy(t -> assertThat(t).startsWith("ref: telegram/32 · User32 (id 32)\n"));
        assertThat(api.sentTo(31)).extracting(FakeBotApi.Sent::text)
                .containsExactly(TestBot.knowledge().phrases().say(Phrase.HANDOFF_STARTED));
        assertThat(uncaught).as("exceptions no one caught").isEmpty();
        assertThat(logs.list).as("log lines at WARN or above").noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
    }
}
