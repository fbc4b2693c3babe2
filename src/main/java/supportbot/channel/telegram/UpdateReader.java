package supportbot.channel.telegram;

import com.pengrad.telegrambot.model.CallbackQuery;
import com.pengrad.telegrambot.model.Chat;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.User;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Event;

/**
 * Turns a Telegram update into an {@link Inbound}. In a private chat the chat is the conversation; in
 * a group each member has their own, and only commands, replies to the bot and mentions of it count.
 */
final class UpdateReader {
    static final String CHANNEL = "telegram";
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    private final Clock clock;
    private final String botUsername;
    private final OptionalLong supportChat;

    /** {@code botUsername} without "@", or empty when unknown (then mentions are not recognised). */
    UpdateReader(Clock clock, String botUsername) {
        this(clock, botUsername, OptionalLong.empty());
    }

    /** {@code supportChat}: the group where agents answer hand-offs, if there is one. */
    UpdateReader(Clock clock, String botUsername, OptionalLong supportChat) {
        this.clock = clock;
        this.botUsername = botUsername.toLowerCase(Locale.ROOT);
        this.supportChat = supportChat;
    }

    Inbound read(Update update) {
        if (update.updateId() == null || update.updateId() < 0) {
            // Telegram's ids are never negative: such an update could not be told from a repeat.
            return new Inbound.Ignored("no valid update_id",
                    update.callbackQuery() == null ? null : update.callbackQuery().id());
        }
        long updateId = update.updateId();
        if (update.callbackQuery() != null) {
            return press(updateId, update.callbackQuery());
        }
        Message message = update.message();
        if (message == null || message.chat() == null || message.chat().id() == null) {
            return new Inbound.Ignored("not a new message or a button press, or no chat");
        }
        if (message.messageId() == null) {
            return new Inbound.Ignored("a message without message_id");
        }
        Chat chat = message.chat();
        if (supportChat.isPresent() && chat.id() == supportChat.getAsLong()) {
            return fromSupport(updateId, message);
        }
        if (message.from() == null || message.from().id() == null) {
            return new Inbound.Ignored("a message without its sender");
        }
        boolean group = isGroup(chat);
        if (message.text() == null) {
            return group ? new Inbound.Ignored("non-text message in a group")
                    : new Inbound.ToBot(chat.id(), updateId, Event.attachment(key(chat, message.from()), message.messageId(),
                            clock.instant()), null, null, message.from());
        }
        if (group && !addressedToBot(message)) {
            return new Inbound.Ignored("group message not addressed to the bot");
        }
        Event event = Event.text(key(chat, message.from()), printable(message.text()), message.messageId(), clock.instant());
        return new Inbound.ToBot(chat.id(), updateId, event, null, null, message.from());
    }

    /**
     * In the support chat only an answer to a hand-off counts: a person's reply to one of the bot's own
     * messages there, which names the conversation. Posting there needs membership, so only members relay;
     * the same reply anywhere else is an ordinary message of that chat's own conversation. Anything else is
     * the team's own talk and is left alone.
     */
    private Inbound fromSupport(long updateId, Message message) {
        Message replied = message.replyToMessage();
        Optional<ConversationKey> conversation = replied == null || !fromThisBot(replied) ? Optional.empty()
                : SupportThread.conversation(replied.text()).filter(key -> key.channel().equals(CHANNEL));
        if (conversation.isEmpty()) {
            return new Inbound.Ignored("support chat: not an answer to a hand-off");
        }
        // An admin posting anonymously shows as Telegram's GroupAnonymousBot, on behalf of the group itself.
        boolean anonymousAdmin = message.senderChat() != null && message.chat().id().equals(message.senderChat().id());
        if (message.from() == null || Boolean.TRUE.equals(message.from().isBot()) && !anonymousAdmin) {
            return new Inbound.Ignored("support chat: a bot's message");
        }
        if (message.text() == null) {
            return new Inbound.NotRelayed(message.chat().id(), conversation.get());
        }
        String name = ShownName.of(message.from().firstName());
        String agent = anonymousAdmin || name.isEmpty() ? "Support" : name;
        Event event = Event.fromAgent(conversation.get(), printable(message.text()), agent, message.messageId(), clock.instant());
        return new Inbound.ToBot(SupportThread.chatOf(conversation.get()), updateId, event, null, null, null);
    }

    private boolean fromThisBot(Message message) {
        return message.from() != null && Boolean.TRUE.equals(message.from().isBot())
                && (botUsername.isEmpty() || botUsername.equalsIgnoreCase(String.valueOf(message.from().username())));
    }

    private Inbound press(long updateId, CallbackQuery query) {
        var pressed = query.maybeInaccessibleMessage();
        if (pressed == null || pressed.chat() == null || pressed.chat().id() == null || pressed.messageId() == null
                || query.data() == null) {
            return new Inbound.Ignored("button press without its message or data", query.id());
        }
        Chat chat = pressed.chat();
        Event event = Event.press(key(chat, query.from()), query.data(), pressed.messageId(), clock.instant());
        return new Inbound.ToBot(chat.id(), updateId, event, query.id(), pressed.messageId(), query.from());
    }

    /**
     * Control characters (NUL, escape, ...) have no place in a chat and must not reach the support team's
     * summary or the log; line breaks and tabs stay. A text longer than Telegram allows comes from a crafted
     * update: it is cut there, so that it is not stored or passed to the support chat whole.
     */
    static String printable(String text) {
        String printable = CONTROL.matcher(text).replaceAll("");
        return ReplyRenderer.cut(printable, ReplyRenderer.MAX_TEXT);
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
