package supportbot.channel.telegram;

import com.pengrad.telegrambot.model.User;
import java.util.Objects;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Event;

/** What one Telegram update means for the bot. */
sealed interface Inbound {

    /**
     * For the conversation: the event, with the ids needed to acknowledge a button press. {@code chatId} is
     * the user's chat (also for an agent's message from the support chat); {@code sender} the user who wrote,
     * or null when it was an agent.
     */
    record ToBot(long chatId, long updateId, Event event, String callbackId, Integer pressedMessageId, User sender)
            implements Inbound {
        public ToBot {
            Objects.requireNonNull(event, "event");
        }
    }

    /** In the support chat, an answer to a hand-off that is not text: the agent is told it was not passed on. */
    record NotRelayed(long supportChatId, ConversationKey conversation) implements Inbound {
    }

    /**
     * Nothing to do (edits, other people's talk in a group, update kinds the bot does not ask for, updates
     * without the fields they need); {@code callbackId}, when it was a button press, still to be answered.
     */
    record Ignored(String why, String callbackId) implements Inbound {
        Ignored(String why) {
            this(why, null);
        }
    }
}
