package supportbot.dialog;

import java.time.Instant;
import java.util.Objects;

/** Something the user did: typed text or pressed a button. Time comes in here, never from a clock. */
public record Event(ConversationKey key, Input input, long messageId, Instant at) {
    public Event {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(at, "at");
    }

    public static Event text(ConversationKey key, String text, long messageId, Instant at) {
        return new Event(key, new Input.Text(text), messageId, at);
    }

    public static Event fromAgent(ConversationKey key, String text, String agent, long messageId, Instant at) {
        return new Event(key, new Input.FromAgent(text, agent), messageId, at);
    }

    public static Event press(ConversationKey key, String buttonData, long messageId, Instant at) {
        return new Event(key, new Input.Press(buttonData), messageId, at);
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
    }
}
