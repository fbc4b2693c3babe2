package supportbot.channel.telegram;

import com.pengrad.telegrambot.model.User;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import supportbot.dialog.ConversationKey;

/**
 * Ties the bot's messages in the support chat to a user's conversation. Each one starts with a line
 * naming the conversation ("ref: telegram/12345"); an agent's reply to such a message is read back
 * from the replied-to message's text, so nothing else needs to be stored to route it, and a restart
 * loses no thread. Only the bot's own messages are trusted (see {@link UpdateReader}).
 */
final class SupportThread {
    private static final Pattern REF = Pattern.compile("^ref: ([a-z]+)/(-?\\d+(?::\\d+)?)\\b");

    private SupportThread() {
    }

    /** The first line of a message to the support chat: the conversation, and who the user is when known. */
    static String header(ConversationKey key, User user) {
        String ref = "ref: " + key.channel() + "/" + key.chatId();
        return user == null ? ref : ref + " · " + describe(user);
    }

    static Optional<ConversationKey> conversation(String botMessageText) {
        if (botMessageText == null) {
            return Optional.empty();
        }
        Matcher m = REF.matcher(botMessageText);
        return m.find() ? Optional.of(new ConversationKey(m.group(1), m.group(2))) : Optional.empty();
    }

    /** The chat a conversation's messages go to: in a group, a member's conversation lives in the group. */
    static long chatOf(ConversationKey key) {
        return Long.parseLong(key.chatId().split(":")[0]);
    }

    /**
     * "Ann Lee (@ann, id 42)": enough for an agent to know who they are talking to; each name on one line,
     * without invisible characters, and cut (see {@link ShownName}).
     */
    static String describe(User user) {
        String name = (ShownName.of(user.firstName()) + " " + ShownName.of(user.lastName())).strip();
        String username = ShownName.of(user.username());
        return (name.isEmpty() ? "" : name + " ") + "(" + (username.isEmpty() ? "" : "@" + username + ", ") + "id " + user.id() + ")";
    }
}
