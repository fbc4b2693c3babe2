package supportbot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.utility.BotUtils;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Event;

/** Recorded Telegram update JSON in, the bot's view out. */
class UpdateReaderTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final UpdateReader reader = new UpdateReader(Clock.fixed(NOW, ZoneOffset.UTC), "supportbot");

    private static Update update(String json) {
        return BotUtils.parseUpdate(json);
    }

    private static String message(String chatType, long chatId, String extra) {
        return "{\"update_id\":10,\"message\":{\"message_id\":5,\"date\":1764000000,"
                + "\"from\":{\"id\":77,\"is_bot\":false,\"first_name\":\"Ann\"},"
                + "\"chat\":{\"id\":" + chatId + ",\"type\":\"" + chatType + "\"}" + extra + "}}";
    }

    private static final long SUPPORT = -1001;
    private final UpdateReader withSupport = new UpdateReader(Clock.fixed(NOW, ZoneOffset.UTC), "supportbot",
            java.util.OptionalLong.of(SUPPORT));

    /** A reply to a message of the bot that names conversation 1234 (as the bot's support-chat messages do). */
    private static String replyToHandoff(String botUsername) {
        return ",\"text\":\"Try signing out and in\",\"reply_to_message\":{\"message_id\":3,\"date\":1764000000,"
                + "\"from\":{\"id\":666,\"is_bot\":true,\"first_name\":\"Bot\",\"username\":\"" + botUsername + "\"},"
                + "\"chat\":{\"id\":" + SUPPORT + ",\"type\":\"supergroup\"},"
                + "\"text\":\"ref: telegram/1234 · Bo (id 1234)\\nA user asked for a person\"}";
    }

    @Test
    void anAgentsReplyToAHandOffInTheSupportChatGoesToThatConversation() {
        Inbound.ToBot toBot = (Inbound.ToBot) withSupport.read(update(message("supergroup", SUPPORT, replyToHandoff("supportbot"))));
        assertThat(toBot.chatId()).as("sent to the user's chat").isEqualTo(1234);
        assertThat(toBot.event()).isEqualTo(Event.fromAgent(new ConversationKey("telegram", "1234"),
                "Try signing out and in", "Ann", 5, NOW));
    }

    @Test
    void aPhotoInReplyToAHandOffIsAnsweredInTheSupportChat() {
        String photo = replyToHandoff("supportbot").replace(",\"text\":\"Try signing out and in\"",
                ",\"photo\":[{\"file_id\":\"p\",\"file_unique_id\":\"u\",\"width\":1,\"height\":1}]");
        assertThat(withSupport.read(update(message("supergroup", SUPPORT, photo)))).isEqualTo(new Inbound.NotRelayed(SUPPORT, new ConversationKey("telegram", "1234")));
    }

    @Test
    void anAnonymousAdminAnswersAsSupport() {
        String json = "{\"update_id\":10,\"message\":{\"message_id\":5,\"date\":1764000000,"
                + "\"from\":{\"id\":1087968824,\"is_bot\":true,\"first_name\":\"Group\",\"username\":\"GroupAnonymousBot\"},"
                + "\"sender_chat\":{\"id\":" + SUPPORT + ",\"type\":\"supergroup\"},"
                + "\"chat\":{\"id\":" + SUPPORT + ",\"type\":\"supergroup\"}" + replyToHandoff("supportbot") + "}}";
        Inbound.ToBot toBot = (Inbound.ToBot) withSupport.read(update(json));
        assertThat(toBot.event().input()).isEqualTo(new Event.Input.FromAgent("Try signing out and in", "Support"));
    }

    @Test
    void outsideTheSupportChatTheSameReplyIsNoAgentMessage() {
        Inbound.ToBot toBot = (Inbound.ToBot) withSupport.read(update(message("private", 555, replyToHandoff("supportbot"))));
        assertThat(toBot.event().key()).as("the sender's own conversation").isEqualTo(new ConversationKey("telegram", "555"));
        assertThat(toBot.event().input()).isInstanceOf(Event.Input.Text.class);
    }

    @Test
    void inTheSupportChatOnlyRepliesToTheBotsOwnMessagesCount() {
        assertThat(withSupport.read(update(message("supergroup", SUPPORT, ",\"text\":\"/close\""))))
                .as("not a reply").isInstanceOf(Inbound.Ignored.class);
        assertThat(withSupport.read(update(message("supergroup", SUPPORT, replyToHandoff("someotherbot")))))
                .as("a reply to another bot's message").isInstanceOf(Inbound.Ignored.class);
    }

    @Test
    void aPrivateTextBecomesATextEventOfThatChat() {
        Inbound in = reader.read(update(message("private", 1234, ",\"text\":\"backup failed\"")));
        assertThat(in).isInstanceOf(Inbound.ToBot.class);
        Inbound.ToBot toBot = (Inbound.ToBot) in;
        assertThat(toBot.updateId()).isEqualTo(10);
        assertThat(toBot.event()).isEqualTo(Event.text(new ConversationKey("telegram", "1234"), "backup failed", 5, NOW));
        assertThat(toBot.callbackId()).isNull();
    }

    @Test
    void aButtonPressBecomesAPressWithItsCallbackAndMessage() {
        Inbound in = reader.read(update("{\"update_id\":11,\"callback_query\":{\"id\":\"cb9\",\"chat_instance\":\"x\","
                + "\"from\":{\"id\":77,\"is_bot\":false,\"first_name\":\"Ann\"},\"data\":\"3:fixed\","
                + "\"message\":{\"message_id\":40,\"date\":1764000000,\"chat\":{\"id\":1234,\"type\":\"private\"}}}}"));
        Inbound.ToBot toBot = (Inbound.ToBot) in;
        assertThat(toBot.event().input()).isEqualTo(new Event.Input.Press("3:fixed"));
        assertThat(toBot.callbackId()).isEqualTo("cb9");
        assertThat(toBot.pressedMessageId()).isEqualTo(40);
    }

    @Test
    void aStickerInPrivateAsksForWords() {
        Inbound in = reader.read(update(message("private", 1234,
                ",\"sticker\":{\"file_id\":\"s\",\"file_unique_id\":\"u\",\"type\":\"regular\",\"width\":1,\"height\":1}")));
        assertThat(((Inbound.ToBot) in).event()).isEqualTo(Event.attachment(new ConversationKey("telegram", "1234"), 5, NOW));
    }

    @Test
    void groupChatterIsIgnoredButCommandsAndMentionsAreNot() {
        assertThat(reader.read(update(message("group", -99, ",\"text\":\"anyone free for lunch?\""))))
                .isInstanceOf(Inbound.Ignored.class);
        assertThat(reader.read(update(message("group", -99, ",\"text\":\"/start@otherbot\""))))
                .isInstanceOf(Inbound.Ignored.class);
        Inbound command = reader.read(update(message("supergroup", -99, ",\"text\":\"/start@supportbot\"")));
        assertThat(((Inbound.ToBot) command).event().key()).isEqualTo(new ConversationKey("telegram", "-99:77"));
        assertThat(reader.read(update(message("group", -99, ",\"text\":\"@supportbot my backup failed\""))))
                .isInstanceOf(Inbound.ToBot.class);
    }

    @Test
    void aReplyToTheBotInAGroupIsForTheBot() {
        Inbound in = reader.read(update(message("group", -99, ",\"text\":\"no luck\",\"reply_to_message\":{\"message_id\":3,"
                + "\"date\":1764000000,\"chat\":{\"id\":-99,\"type\":\"group\"},"
                + "\"from\":{\"id\":42,\"is_bot\":true,\"first_name\":\"Support\",\"username\":\"supportbot\"},\"text\":\"Did that fix it?\"}")));
        assertThat(in).isInstanceOf(Inbound.ToBot.class);
    }

    @Test
    void anEditedMessageIsNotReadAgain() {
        assertThat(reader.read(update("{\"update_id\":12,\"edited_message\":{\"message_id\":5,\"date\":1764000000,"
                + "\"edit_date\":1764000100,\"chat\":{\"id\":1234,\"type\":\"private\"},\"text\":\"edited\"}}")))
                .isInstanceOf(Inbound.Ignored.class);
    }

    @Test
    void anAgentsNameIsShownWithoutLineBreaksOrDirectionMarks() {
        String named = message("supergroup", SUPPORT, replyToHandoff("supportbot"))
                .replace("\"first_name\":\"Ann\"", "\"first_name\":\"\\u202eAnn\\nLee\"");
        Inbound.ToBot toBot = (Inbound.ToBot) withSupport.read(update(named));
        assertThat(((Event.Input.FromAgent) toBot.event().input()).agent()).isEqualTo("Ann Lee");
    }

    @Test
    void aTextLongerThanTelegramAllowsIsCutToItsLimit() {
        Inbound.ToBot toBot = (Inbound.ToBot) reader.read(update(message("private", 77, ",\"text\":\"" + "x".repeat(1 << 20) + "\"")));
        assertThat(((Event.Input.Text) toBot.event().input()).text()).hasSize(ReplyRenderer.MAX_TEXT);
    }
}
