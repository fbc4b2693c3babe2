package supportbot.dialog;

import java.util.List;
import java.util.Objects;

/**
 * One message of the bot, with its buttons, and where the conversation stands after it: the fix
 * being tried (null if none), the problem's intent (null if none) and the state. Channels render it.
 */
public record Reply(String text, List<Button> buttons, String fix, String intent, State state) {
    public Reply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(state, "state");
        buttons = List.copyOf(buttons);
    }
}
