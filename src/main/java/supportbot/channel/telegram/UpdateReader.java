package supportbot.channel.telegram;

import com.pengrad.telegrambot.model.CallbackQuery;
import com.pengrad.telegrambot.model.Chat;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.User;
import java.time.Clock;
import java.util.Locale;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Event;

/**
 * Turns a Telegram update into an {@link Inbound}. In a private chat the chat is the conversation; in
 * a group each member has their own, and only commands, replies to the bot and mentions of it count.
 */
final class UpdateReader {
    static final String CHANNEL = "telegram";

    private final Clock clock;
    private final String botUsername;

    /** {@code botUsername} without "@", or empty when unknown (then mentions are not recognised). */
    UpdateReader(Clock clock, String botUsername) {
        this.clock = clock;
        this.botUsername = botUsername.toLowerCase(Locale.ROOT);
    }

    Inbound read(Update update) {
        long updateId = update.updateId() == null ? -1 : update.updateId();
        if (update.callbackQuery() != null) {
            return press(updateId, update.callbackQuery());
        }
        Message message = update.message();
        if (message == null || message.chat() == null) {
            return new Inbound.Ignored("not a new message or a button press");
        }
        Chat chat = message.chat();
        boolean group = isGroup(chat);
        if (message.text() == null) {
            return group ? new Inbound.Ignored("non-text message in a group") : new Inbound.NotText(chat.id());
        }
        if (group && !addressedToBot(message)) {
            return new Inbound.Ignored("group message not addressed to the bot");
        }
        Event event = Event.text(key(chat, message.from()), message.text(), message.messageId(), clock.instant());
        return new Inbound.ToBot(chat.id(), updateId, event, null, null);
    }

    private Inbound press(long updateId, CallbackQuery query) {
        var pressed = query.maybeInaccessibleMessage();
        if (pressed == null || pressed.chat() == null || query.data() == null) {
            return new Inbound.Ignored("button press without its message or data");
        }
        Chat chat = pressed.chat();
        Event event = Event.press(key(chat, query.from()), query.data(), pressed.messageId(), clock.instant());
        return new Inbound.ToBot(chat.id(), updateId, event, query.id(), pressed.messageId());
    }

    private static ConversationKey key(Chat chat, User from) {
        if (isGroup(chat) && from != null) {
            return new ConversationKey(CHANNEL, chat.id() + ":" + from.id());
        }
        return new ConversationKey(CHANNEL, String.valueOf(chat.id()));
    }

    private static boolean isGroup(Chat chat) {
        return chat.type() == Chat.Type.group || chat.type() == Chat.Type.supergroup;
    }

    private boolean addressedToBot(Message message) {
        String text = message.text().toLowerCase(Locale.ROOT);
        if (text.startsWith("/")) {
            int at = text.indexOf('@');
            int space = text.indexOf(' ');
            String target = at < 0 || (space >= 0 && space < at) ? "" : text.substring(at + 1, space < 0 ? text.length() : space);
            return target.isEmpty() || target.equals(botUsername);
        }
        Message replied = message.replyToMessage();
        if (replied != null && replied.from() != null && Boolean.TRUE.equals(replied.from().isBot())
                && (botUsername.isEmpty() || botUsername.equalsIgnoreCase(String.valueOf(replied.from().username())))) {
            return true;
        }
        return !botUsername.isEmpty() && text.contains("@" + botUsername);
    }
}
