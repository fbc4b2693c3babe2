package supportbot.dialog;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened in a conversation: the user typed or pressed a button, a person from support
 * wrote, or the support chat could not be reached. Time comes in here, never from a clock, and so does the
 * fixes' track record that the learned order reads ({@link FixResults#NONE} when it is off).
 */
public record Event(ConversationKey key, Input input, long messageId, Instant at, FixResults trackRecord) {
    public Event {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(trackRecord, "trackRecord");
    }

    public Event(ConversationKey key, Input input, long messageId, Instant at) {
        this(key, input, messageId, at, FixResults.NONE);
    }

    public static Event text(ConversationKey key, String text, long messageId, Instant at) {
        return new Event(key, new Input.Text(text), messageId, at);
    }

    public static Event fromAgent(ConversationKey key, String text, String agent, long messageId, Instant at) {
        return new Event(key, new Input.FromAgent(text, agent), messageId, at);
    }

    public static Event attachment(ConversationKey key, long messageId, Instant at) {
        return new Event(key, new Input.Attachment(), messageId, at);
    }

    public static Event supportUnreachable(ConversationKey key, Instant at) {
        return new Event(key, new Input.SupportUnreachable(), -1, at);
    }

    public static Event press(ConversationKey key, String buttonData, long messageId, Instant at) {
        return new Event(key, new Input.Press(buttonData), messageId, at);
    }

    public Event withTrackRecord(FixResults record) {
        return new Event(key, input, messageId, at, record);
    }

    /** What arrived. */
    public sealed interface Input {
        record Text(String text) implements Input {
            public Text {
                Objects.requireNonNull(text, "text");
            }
        }

        /** A button press, carrying the button's data (see {@link ButtonData}). */
        record Press(String data) implements Input {
            public Press {
                Objects.requireNonNull(data, "data");
            }
        }

        /** A message from a person in the support chat, for this conversation, and the name they go by. */
        record FromAgent(String text, String agent) implements Input {
            public FromAgent {
                Objects.requireNonNull(text, "text");
                Objects.requireNonNull(agent, "agent");
            }
        }

        /** A photo, sticker, voice note or file: something the bot cannot read, but a person can. */
        record Attachment() implements Input {
        }

        /** A message for the support chat could not be delivered there. */
        record SupportUnreachable() implements Input {
        }
    }
}
