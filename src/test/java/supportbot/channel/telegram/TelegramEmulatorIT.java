package supportbot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import supportbot.knowledge.Phrase;
import supportbot.store.SqliteSessionStore;
import supportbot.testing.TestBot;

/**
 * The bot on the real pengrad client against the Telegram Bot API emulator (telegram-test-api) over
 * HTTP: whole conversations the way a person has them in the Telegram app.
 */
class TelegramEmulatorIT {
    private static final long SUPPORT_CHAT = -1_000_777;
    private static final long AGENT = 9001;
    private static TelegramEmulator telegram;
    private static TelegramRunner bot;
    private static SqliteSessionStore store;

    @TempDir
    static Path data;

    @BeforeAll
    static void start() throws Exception {
        telegram = new TelegramEmulator(TestRunners.TOKEN);
        store = SqliteSessionStore.open(data, SqliteSessionStore.Synchronous.FULL, Duration.ofDays(1), java.time.Instant.now());
        bot = TestRunners.startWithSupportChat(TestRunners.polling(telegram.apiUrl()), store, SUPPORT_CHAT);
    }

    @AfterAll
    static void stop() throws Exception {
        bot.close();
        store.close();
        telegram.close();
    }

    private static String label(Phrase phrase) {
        return TestBot.knowledge().phrases().say(phrase);
    }

    @Test
    void aWholeConversationByButtons() throws Exception {
        long chat = 101;
        telegram.userSays(chat, "/start");
        TelegramEmulator.BotMessage welcome = telegram.awaitBotMessage(chat);
        assertThat(welcome.text()).isEqualTo(label(Phrase.WELCOME));
        assertThat(welcome.labels()).contains("iCloud storage is full");

        telegram.userPresses(chat, welcome, "iCloud storage is full");
        TelegramEmulator.BotMessage step = telegram.awaitBotMessage(chat);
        assertThat(step.text()).contains("Free up iCloud storage", "Manage Storage");
        assertThat(step.labels()).contains(label(Phrase.BUTTON_FIXED), label(Phrase.BUTTON_NOT_FIXED));

        telegram.userPresses(chat, step, label(Phrase.BUTTON_NOT_FIXED));
        TelegramEmulator.BotMessage check = telegram.awaitBotMessage(chat);
        assertThat(check.text()).contains("Check whether iCloud is down");
        assertThat(telegram.currentKeyboard(step.messageId())).as("the used keyboard is taken off").isEmpty();

        telegram.userPresses(chat, check, "✅ Yes, it's green");
        TelegramEmulator.BotMessage restart = telegram.awaitBotMessage(chat);
        telegram.userPresses(chat, restart, "iPhone 8 or earlier");
        TelegramEmulator.BotMessage steps = telegram.awaitBotMessage(chat);
        assertThat(steps.text()).contains("top button");
        telegram.userPresses(chat, steps, label(Phrase.BUTTON_FIXED));
        assertThat(telegram.awaitBotMessage(chat).text()).startsWith(label(Phrase.FIXED));
    }

    @Test
    void aHandOffRoundTripThroughTheSupportChat() throws Exception {
        long chat = 110;
        telegram.userSays(chat, "my icloud storage is full");
        telegram.awaitBotMessage(chat);
        telegram.userSays(chat, "can I talk to a real person please");
        TelegramEmulator.BotMessage told = telegram.awaitBotMessage(chat);
        assertThat(told.text()).isEqualTo(label(Phrase.HANDOFF_STARTED));

        TelegramEmulator.BotMessage summary = telegram.awaitBotMessage(SUPPORT_CHAT);
        assertThat(summary.text()).startsWith("ref: telegram/110 · User110 (id 110)")
                .contains("my icloud storage is full", "iCloud storage is full", "Free up iCloud storage: left for another problem");

        telegram.replyTo(SUPPORT_CHAT, AGENT, summary, "Hi, Dana here. How full is it: what does Manage Storage show?");
        assertThat(telegram.awaitBotMessage(chat).text()).contains("User9001 (support)", "what does Manage Storage show?");

        telegram.userSays(chat, "it says 4.9 GB of 5 GB used");
        TelegramEmulator.BotMessage relayed = telegram.awaitBotMessage(SUPPORT_CHAT);
        assertThat(relayed.text()).startsWith("ref: telegram/110").contains("it says 4.9 GB of 5 GB used");

        telegram.userSendsPhoto(chat);
        assertThat(telegram.awaitBotMessage(SUPPORT_CHAT).text()).startsWith("ref: telegram/110")
                .contains(label(Phrase.RELAY_ATTACHMENT));

        telegram.replyTo(SUPPORT_CHAT, AGENT, relayed, "/close");
        assertThat(telegram.awaitBotMessage(chat).text()).isEqualTo(label(Phrase.HANDOFF_CLOSED));
        assertThat(telegram.awaitBotMessage(SUPPORT_CHAT).text()).contains(label(Phrase.HANDOFF_CLOSED_NOTE));

        telegram.userSays(chat, "my wifi keeps dropping out");
        assertThat(telegram.awaitBotMessage(chat).text()).as("the bot is back").contains("Connect to Wi-Fi");
    }

    @Test
    void someoneOutsideTheSupportChatCannotSpeakForSupport() throws Exception {
        long chat = 111;
        long stranger = 112;
        telegram.userSays(chat, "talk to a human please");
        telegram.awaitBotMessage(chat);
        TelegramEmulator.BotMessage summary = telegram.awaitBotMessage(SUPPORT_CHAT);

        // The same reply, carrying the summary, from the stranger's own chat with the bot: it is their own message.
        telegram.replyTo(stranger, stranger, summary, "/close");
        telegram.awaitBotMessage(stranger);
        telegram.userSays(chat, "hello? is anyone there");
        TelegramEmulator.BotMessage stillWaiting = telegram.awaitBotMessage(SUPPORT_CHAT);
        assertThat(stillWaiting.text()).as("the user is still with support").contains("hello? is anyone there");

        telegram.replyTo(SUPPORT_CHAT, AGENT, stillWaiting, "Yes, I'm here");
        assertThat(telegram.awaitBotMessage(chat).text()).contains("Yes, I'm here");
        telegram.userSays(chat, "/cancel");
        assertThat(telegram.awaitBotMessage(chat).text()).isEqualTo(label(Phrase.HANDOFF_ENDED));
        assertThat(telegram.awaitBotMessage(SUPPORT_CHAT).text()).contains(label(Phrase.HANDOFF_USER_LEFT));
    }

    @Test
    void aWholeConversationInWords() throws Exception {
        long chat = 102;
        telegram.userSays(chat, "my wifi keeps dropping out at home");
        assertThat(telegram.awaitBotMessage(chat).text()).contains("Connect to Wi-Fi");
        telegram.userSays(chat, "nope, still the same");
        assertThat(telegram.awaitBotMessage(chat).text()).contains("Which iPhone do you have?");
        telegram.userSays(chat, "its an iphone 13");
        assertThat(telegram.awaitBotMessage(chat).text()).contains("either volume button");
        telegram.userSays(chat, "that fixed it, thanks!");
        assertThat(telegram.awaitBotMessage(chat).text()).startsWith(label(Phrase.FIXED));
    }

    @Test
    void twoUsersAtOnceDoNotHearEachOther() throws Exception {
        long alice = 201;
        long bob = 202;
        telegram.userSays(alice, "icloud storage is full");
        telegram.userSays(bob, "my phone wont charge");
        TelegramEmulator.BotMessage toAlice = telegram.awaitBotMessage(alice);
        TelegramEmulator.BotMessage toBob = telegram.awaitBotMessage(bob);
        assertThat(toAlice.text()).contains("Free up iCloud storage").doesNotContain("Plug in");
        assertThat(toBob.text()).contains("Plug in").doesNotContain("Free up iCloud storage");

        telegram.userPresses(bob, toBob, label(Phrase.BUTTON_NOT_FIXED));
        telegram.userPresses(alice, toAlice, label(Phrase.BUTTON_FIXED));
        assertThat(telegram.awaitBotMessage(alice).text()).startsWith(label(Phrase.FIXED));
        assertThat(telegram.awaitBotMessage(bob).text()).contains("Restart your iPhone");
    }

    @Test
    void aStaleButtonIsAnsweredAndDoesNotAdvanceTheConversation() throws Exception {
        long chat = 301;
        telegram.userSays(chat, "icloud storage is full");
        TelegramEmulator.BotMessage first = telegram.awaitBotMessage(chat);
        String notFixed = first.data(label(Phrase.BUTTON_NOT_FIXED));
        telegram.userPresses(chat, first, label(Phrase.BUTTON_NOT_FIXED));
        TelegramEmulator.BotMessage second = telegram.awaitBotMessage(chat);
        assertThat(second.text()).contains("Check whether iCloud is down");

        telegram.pressData(chat, first, notFixed);   // the same press again, on the old message
        TelegramEmulator.BotMessage stale = telegram.awaitBotMessage(chat);
        assertThat(stale.text()).startsWith(label(Phrase.STALE_BUTTON)).contains("Check whether iCloud is down");
        assertThat(store.load(new supportbot.dialog.ConversationKey("telegram", "301")).orElseThrow().session().attempts())
                .hasSize(1);
    }

    @Test
    void aPhotoGetsARequestToDescribeTheProblemInWords() throws Exception {
        long chat = 401;
        telegram.userSendsPhoto(chat);
        assertThat(telegram.awaitBotMessage(chat).text()).isEqualTo(label(Phrase.NOT_TEXT));
    }

    @Test
    void aVeryLongMessageIsHandledLikeAnyOther() throws Exception {
        long chat = 501;
        telegram.userSays(chat, "my iphone will not back up to icloud at all. ".repeat(90));
        List<TelegramEmulator.BotMessage> replies = telegram.awaitBotMessages(chat, 1, Duration.ofSeconds(10));
        assertThat(replies.get(0).text()).contains("Turn on iCloud Backup");
    }
}
