package supportbot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import supportbot.store.InMemorySessionStore;
import supportbot.testing.TestBot;
import supportbot.knowledge.Phrase;

/** How Telegram misbehaves, played by a fake Bot API over real HTTP, and how the bot copes. */
class FaultyTelegramTest {
    private FakeBotApi api;
    private ListAppender<ILoggingEvent> logs;

    @BeforeEach
    void start() throws Exception {
        api = new FakeBotApi();
        logs = new ListAppender<>();
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        api.close();
    }

    @Test
    void aBurstOf429sIsWaitedOutAndEveryReplyDeliveredExactlyOnce() throws Exception {
        api.failNextSends(FakeBotApi.Fault.TOO_MANY_REQUESTS, FakeBotApi.Fault.TOO_MANY_REQUESTS,
                FakeBotApi.Fault.TOO_MANY_REQUESTS, FakeBotApi.Fault.TOO_MANY_REQUESTS);
        try (TelegramRunner runner = TestRunners.start(TestRunners.polling(api.apiUrl()), new InMemorySessionStore())) {
            for (long chat = 1; chat <= 5; chat++) {
                api.userSays(chat, chat, "icloud storage is full");
            }
            await(() -> api.sent().size() >= 5, Duration.ofSeconds(20));
            Thread.sleep(300);
        }
        assertThat(api.faultsServed()).isEqualTo(4);
        for (long chat = 1; chat <= 5; chat++) {
            assertThat(api.sentTo(chat)).as("replies to chat %d", chat).hasSize(1);
            assertThat(api.sentTo(chat).get(0).text()).contains("Free up iCloud storage");
        }
    }

    @Test
    void anUpdateDeliveredAgainIsAppliedOnce() throws Exception {
        api.ignoreOffset();
        try (TelegramRunner runner = TestRunners.start(TestRunners.polling(api.apiUrl()), new InMemorySessionStore())) {
            api.userSays(7, 7, "icloud storage is full");
            api.userSays(7, 7, "didnt help");
            await(() -> api.sentTo(7).size() >= 2, Duration.ofSeconds(10));
            Thread.sleep(500);   // many more polls, each handing both updates out again
        }
        assertThat(api.sentTo(7)).hasSize(2);
        assertThat(api.sentTo(7).get(1).text()).contains("Check whether iCloud is down");
    }

    @Test
    void serverErrorsAndADroppedConnectionAreRetried() throws Exception {
        api.failNextSends(FakeBotApi.Fault.SERVER_ERROR, FakeBotApi.Fault.DROP_CONNECTION, FakeBotApi.Fault.SERVER_ERROR);
        try (TelegramRunner runner = TestRunners.start(TestRunners.polling(api.apiUrl()), new InMemorySessionStore())) {
            api.userSays(3, 3, "my phone wont charge");
            await(() -> api.sentTo(3).size() >= 1, Duration.ofSeconds(10));
            Thread.sleep(200);
        }
        assertThat(api.faultsServed()).isEqualTo(3);
        assertThat(api.sentTo(3)).hasSize(1);
    }

    @Test
    void aStickerIsAnsweredWithARequestForWords() throws Exception {
        try (TelegramRunner runner = TestRunners.start(TestRunners.polling(api.apiUrl()), new InMemorySessionStore())) {
            api.userSendsSticker(9, 9);
            await(() -> api.sentTo(9).size() >= 1, Duration.ofSeconds(10));
        }
        assertThat(api.sentTo(9).get(0).text()).isEqualTo(TestBot.knowledge().phrases().say(Phrase.NOT_TEXT));
    }

    @Test
    void aSupportChatThatRefusesTheBotSendsTheUserToAppleSupportInsteadOfSilence() throws Exception {
        long support = -500;
        api.refuseChat(support);
        try (TelegramRunner runner = TestRunners.startWithSupportChat(TestRunners.polling(api.apiUrl()),
                new InMemorySessionStore(), support)) {
            api.userSays(13, 13, "can I talk to a real person please");
            await(() -> api.sentTo(13).size() >= 2, Duration.ofSeconds(10));
        }
        assertThat(api.sentTo(13).get(0).text()).isEqualTo(TestBot.knowledge().phrases().say(Phrase.HANDOFF_STARTED));
        assertThat(api.sentTo(13).get(1).text()).startsWith(TestBot.knowledge().phrases().say(Phrase.HANDOFF_FAILED))
                .contains("getsupport.apple.com");
    }

    @Test
    void aSupportChatThatIsDownForNowGetsTheHandOffOnceItIsBack() throws Exception {
        long support = -501;
        api.failChat(support);
        InMemorySessionStore store = new InMemorySessionStore();
        try (TelegramRunner runner = TestRunners.startWithSupportChat(TestRunners.polling(api.apiUrl()), store, support)) {
            api.userSays(14, 14, "can I talk to a real person please");
            await(() -> api.sentTo(14).size() >= 1, Duration.ofSeconds(10));
            Thread.sleep(500);   // several failed tries
            assertThat(api.sentTo(support)).isEmpty();
            api.recoverChat(support);
            await(() -> api.sentTo(support).size() >= 1, Duration.ofSeconds(10));
            Thread.sleep(300);
        }
        assertThat(api.sentTo(14)).as("the user is not asked to send it again").hasSize(1);
        assertThat(api.sentTo(support)).hasSize(1);
        assertThat(api.sentTo(support).get(0).text()).startsWith("ref: telegram/14");
        assertThat(store.load(new supportbot.dialog.ConversationKey("telegram", "14")).orElseThrow().session().state())
                .isEqualTo(supportbot.dialog.State.HANDED_OFF);
    }

    @Test
    void aChatWhoseSendsFailHoldsUpNoOtherAndGetsItsRepliesInOrderOnceTelegramTakesThem() throws Exception {
        InMemorySessionStore store = new InMemorySessionStore();
        try (TelegramRunner runner = TestRunners.start(TestRunners.polling(api.apiUrl()), store)) {
            api.failChat(11);
            api.userSays(11, 11, "icloud storage is full");
            api.userSays(11, 11, "didnt help");
            api.userSays(12, 12, "icloud storage is full");
            await(() -> api.sentTo(12).size() >= 1, Duration.ofSeconds(10));
            await(() -> store.backlog().pending() == 2, Duration.ofSeconds(10));
            assertThat(api.sentTo(11)).isEmpty();
            api.recoverChat(11);
            await(() -> api.sentTo(11).size() >= 2, Duration.ofSeconds(10));
            Thread.sleep(300);
        }
        assertThat(api.sentTo(11)).extracting(FakeBotApi.Sent::text).hasSize(2)
                .satisfies(texts -> assertThat(texts.get(0)).contains("Free up iCloud storage"))
                .satisfies(texts -> assertThat(texts.get(1)).contains("Check whether iCloud is down"));
        assertThat(store.backlog().pending()).isZero();
    }

    @Test
    void aReplyTelegramTookBeforeTheConnectionBrokeIsSentAgainOnceByTheBotAndNotByTheHttpClient() throws Exception {
        api.failNextSends(FakeBotApi.Fault.RESET_AFTER_ACCEPT);
        try (TelegramRunner runner = TestRunners.start(TestRunners.polling(api.apiUrl()), new InMemorySessionStore())) {
            api.userSays(15, 15, "icloud storage is full");
            await(() -> api.sentTo(15).size() >= 2, Duration.ofSeconds(10));
            Thread.sleep(500);
        }
        // The bot cannot know Telegram had it: one copy more, from its own counted retry, and no more.
        assertThat(api.sentTo(15)).hasSize(2);
    }

    @Test
    void aReplyWhoseSentMarkFailsAtFirstIsNotSentAgain() throws Exception {
        java.util.concurrent.atomic.AtomicInteger marks = new java.util.concurrent.atomic.AtomicInteger();
        InMemorySessionStore store = new InMemorySessionStore() {
            @Override
            public synchronized void sent(long id, java.time.Instant at) {
                if (marks.incrementAndGet() <= 2) {
                    throw new supportbot.store.StoreException("disk full");
                }
                super.sent(id, at);
            }
        };
        try (TelegramRunner runner = TestRunners.start(TestRunners.polling(api.apiUrl()), store)) {
            api.userSays(18, 18, "icloud storage is full");
            await(() -> marks.get() >= 3, Duration.ofSeconds(10));
            Thread.sleep(300);
        }
        assertThat(api.sentTo(18)).hasSize(1);
        assertThat(store.backlog().pending()).isZero();
    }

    @Test
    void anUpdateThatCannotBeReadIsSkippedAndPollingGoesOn() throws Exception {
        api.userSays(16, 16, "icloud storage is full");
        api.addRawUpdate("{\"update_id\":" + api.nextUpdateId() + ",\"message\":{\"message_id\":4294967296,\"date\":1,"
                + "\"chat\":{\"id\":16,\"type\":\"private\"},\"text\":\"too big an id\"}}");
        api.addRawUpdate("{\"update_id\":" + api.nextUpdateId() + ",\"message\":{\"message_id\":7,\"date\":1,"
                + "\"chat\":{\"id\":16,\"type\":\"private\"},\"text\":[\"not\",\"a\",\"string\"]}}");
        api.userSays(16, 16, "didnt help");
        try (TelegramRunner runner = TestRunners.start(TestRunners.polling(api.apiUrl()), new InMemorySessionStore())) {
            await(() -> api.sentTo(16).size() >= 2, Duration.ofSeconds(10));
            api.userSays(17, 17, "icloud storage is full");
            await(() -> api.sentTo(17).size() >= 1, Duration.ofSeconds(10));
        }
        assertThat(api.sentTo(16).get(1).text()).contains("Check whether iCloud is down");
        assertThat(logs.list).filteredOn(e -> e.getFormattedMessage().contains("cannot be read, skipped")).hasSize(2);
    }

    @Test
    void theWebhookTakesUpdatesWithTheRightSecretOnly() throws Exception {
        try (TelegramRunner runner = TestRunners.start(TestRunners.webhook(api.apiUrl(), "s3cret-Token_1"), new InMemorySessionStore())) {
            HttpClient http = HttpClient.newHttpClient();
            URI hook = URI.create("http://127.0.0.1:" + runner.webhookPort() + "/telegram");
            assertThat(post(http, hook, FakeBotApi.textUpdate(1, 21, "icloud storage is full"), "wrong").statusCode()).isEqualTo(401);
            assertThat(post(http, hook, FakeBotApi.textUpdate(2, 21, "icloud storage is full"), null).statusCode()).isEqualTo(401);
            assertThat(api.sentTo(21)).isEmpty();

            HttpResponse<String> right = post(http, hook, FakeBotApi.textUpdate(3, 21, "icloud storage is full"), "s3cret-Token_1");
            assertThat(right.statusCode()).isEqualTo(200);
            await(() -> api.sentTo(21).size() >= 1, Duration.ofSeconds(10));
            assertThat(post(http, hook, "not json", "s3cret-Token_1").statusCode()).isEqualTo(400);
            assertThat(post(http, hook, "\uFEFF" + FakeBotApi.textUpdate(4, 21, "hi"), "s3cret-Token_1").statusCode())
                    .as("a byte order mark").isEqualTo(400);
            assertThat(post(http, hook, FakeBotApi.textUpdate(5, 21, "hi").replace('"', '\''), "s3cret-Token_1").statusCode())
                    .as("single quotes").isEqualTo(400);
            assertThat(post(http, URI.create(hook + "2"), FakeBotApi.textUpdate(6, 21, "hi"), "s3cret-Token_1").statusCode())
                    .isEqualTo(404);
            assertThat(post(http, URI.create(hook + "/"), FakeBotApi.textUpdate(7, 21, "hi"), "s3cret-Token_1").statusCode())
                    .isEqualTo(404);
            Thread.sleep(200);
            assertThat(api.sentTo(21)).hasSize(1);
        }
    }

    @Test
    void theTokenNeverAppearsInTheLogs() throws Exception {
        api.failNextSends(FakeBotApi.Fault.DROP_CONNECTION, FakeBotApi.Fault.SERVER_ERROR);
        try (TelegramRunner runner = TestRunners.start(TestRunners.polling(api.apiUrl()), new InMemorySessionStore())) {
            api.userSays(5, 5, "hello");
            await(() -> api.sentTo(5).size() >= 1, Duration.ofSeconds(10));
        }
        List<String> lines = logs.list.stream().map(e -> e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage())).toList();
        assertThat(lines).isNotEmpty();
        assertThat(lines).noneMatch(line -> line.contains(TestRunners.TOKEN));
        assertThat(lines).noneMatch(line -> line.contains("TEST-secret-token"));
    }

    private static HttpResponse<String> post(HttpClient http, URI uri, String body, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(WebhookServer.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void await(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit);
            }
            Thread.sleep(20);
        }
    }
}
