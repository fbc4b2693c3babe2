package supportbot.channel.telegram;

import java.util.Objects;
import supportbot.dialog.Event;

/** What one Telegram update means for the bot. */
sealed interface Inbound {

    /** For the conversation: the event, with the ids needed to acknowledge a button press. */
    record ToBot(long chatId, long updateId, Event event, String callbackId, Integer pressedMessageId) implements Inbound {
        public ToBot {
            Objects.requireNonNull(event, "event");
        }
    }

    /** Not for the conversation, but worth an answer (a sticker, a photo, a voice note). */
    record NotText(long chatId) implements Inbound {
    }

    /** Nothing to do (edits, other people's talk in a group, update kinds the bot does not ask for). */
    record Ignored(String why) implements Inbound {
    }
}
