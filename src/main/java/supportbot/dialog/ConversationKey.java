package supportbot.dialog;

import java.util.Objects;

/** Which conversation: the channel ("telegram", "console") and its chat id there. */
public record ConversationKey(String channel, String chatId) {
    public ConversationKey {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(chatId, "chatId");
    }

    @Override
    public String toString() {
        return channel + ":" + chatId;
    }
}
