package supportbot.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Event;
import supportbot.dialog.Reply;
import supportbot.store.Outgoing;
import supportbot.store.SqliteSessionStore;
import supportbot.store.StoreUnavailableException;
import supportbot.testing.TestBot;

class BotTest {
    private static final ConversationKey KEY = new ConversationKey("telegram", "55");
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    /** The bot's own log, kept here: the failures these tests cause are expected, their stack traces not printed. */
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void keepTheBotsLog() {
        Logger bot = (Logger) LoggerFactory.getLogger(Bot.class);
        logs.start();
        bot.addAppender(logs);
        bot.setAdditive(false);
    }

    @AfterEach
    void restoreTheBotsLog() {
        Logger bot = (Logger) LoggerFactory.getLogger(Bot.class);
        bot.detachAppender(logs);
        bot.setAdditive(true);
    }

    @Test
    void aStoredSessionThisVersionCannotReadStartsAfreshInsteadOfFailingForever(@TempDir Path dir) throws Exception {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir, SqliteSessionStore.Synchronous.FULL, Duration.ofDays(1), T0)) {
            Bot bot = new Bot(TestBot.engine(), store, "sorry");
            bot.handle(Event.text(KEY, "icloud storage is full", 1, T0), 10);
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("supportbot.db"))) {
                c.createStatement().execute("UPDATE sessions SET session = '{\"state\":\"SOMETHING_NEW\"}'");
            }
            Reply reply = bot.handle(Event.text(KEY, "icloud storage is full", 2, T0.plusSeconds(5)), 11).get(0);
            assertThat(reply.fix()).isEqualTo("free-icloud-storage");
            assertThat(reply.text()).isNotEqualTo("sorry");
        }
    }

    @Test
    void agentUpdatesAreCountedApartFromTheUsersAndAppliedOnce() {
        Bot bot = new Bot(TestBot.withSupportChat(), new supportbot.store.InMemorySessionStore(), "sorry");
        bot.handle(Event.text(KEY, "can I talk to a real person please", 1, T0), 500);
        Event agent = Event.fromAgent(KEY, "Hi, Dana here", "Dana", 7, T0.plusSeconds(20));
        assertThat(bot.handle(agent, 520)).extracting(Reply::text).singleElement().asString().contains("Hi, Dana here");
        assertThat(bot.handle(agent, 520)).as("the agent's update delivered again").isEmpty();

        // A webhook delivers the two chats in parallel: the user's 510 may come after the agent's 520.
        bot.handle(Event.text(KEY, "my storage shows 4.9 of 5 GB", 2, T0.plusSeconds(30)), 510);
        assertThat(bot.store().log(KEY)).extracting(supportbot.store.LogEntry::said).last().isEqualTo("my storage shows 4.9 of 5 GB");
    }

    @Test
    void aFailureInsideGivesTheUserAnApologyNotAStackTrace() {
        Bot bot = new Bot(TestBot.engine(), new FailingStore(), "Sorry, try again");
        Reply reply = bot.handle(Event.text(KEY, "hello", 1, T0)).get(0);
        assertThat(reply.text()).isEqualTo("Sorry, try again");
        assertThat(reply.forSupport()).isFalse();
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage).anyMatch(m -> m.contains("failed"));
    }

    @Test
    void aFailureWithAnAgentsMessageIsToldToTheSupportChatNotTheUser() {
        Bot bot = new Bot(TestBot.engine(), new FailingStore(), "Sorry, try again");
        Reply reply = bot.handle(Event.fromAgent(KEY, "hi there", "Dana", 1, T0)).get(0);
        assertThat(reply.forSupport()).isTrue();
    }

    @Test
    void anUpdateTheStoreCannotTakeNowIsHandedBackUnappliedWithNothingQueuedAndIsAppliedWhenHandedInAgain() {
        DiskFullStore store = new DiskFullStore();
        Bot bot = new Bot(TestBot.engine(), store, "Sorry, try again");
        Event event = Event.text(KEY, "my iphone won't back up", 1, T0);
        assertThatThrownBy(() -> bot.queue(event, 7, Outgoing::of)).isInstanceOf(StoreUnavailableException.class);
        assertThat(store.due(T0, 10)).as("no apology either: the user gets the answer once the store is back").isEmpty();
        assertThat(store.load(KEY)).isEmpty();

        store.full = false;
        Bot.Handled handled = bot.queue(event, 7, Outgoing::of);
        assertThat(handled.applied()).isTrue();
        assertThat(store.due(T0, 10)).extracting(q -> q.outgoing().reply().text())
                .containsExactlyElementsOf(handled.replies().stream().map(Reply::text).toList());
    }

    /** Fails every save as a full disk does, until {@code full} is cleared. */
    private static final class DiskFullStore extends supportbot.store.InMemorySessionStore {
        volatile boolean full = true;

        @Override
        public void save(Stored stored, supportbot.store.LogEntry entry, java.util.List<Outgoing> outgoing) {
            if (full) {
                throw new StoreUnavailableException("cannot save: disk full", null);
            }
            super.save(stored, entry, outgoing);
        }

        @Override
        public void enqueue(supportbot.dialog.ConversationKey key, java.util.List<Outgoing> outgoing, java.time.Instant at) {
            if (full) {
                throw new StoreUnavailableException("cannot save: disk full", null);
            }
            super.enqueue(key, outgoing, at);
        }
    }

    private static final class FailingStore extends supportbot.store.InMemorySessionStore {
        @Override
        public void save(Stored stored, supportbot.store.LogEntry entry, java.util.List<supportbot.store.Outgoing> outgoing) {
            throw new supportbot.store.StoreException("disk full");
        }
    }
}
