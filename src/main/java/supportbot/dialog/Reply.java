package supportbot.dialog;

import java.util.List;
import java.util.Objects;

/**
 * One message of the bot, with its buttons, and where the conversation stands after it: the fix
 * being tried (null if none), the problem's intent (null if none) and the state. Channels render it
 * to the user, or, for {@link Audience#SUPPORT}, to the support team's chat.
 */
public record Reply(String text, List<Button> buttons, String fix, String intent, State state, Audience audience) {
    public Reply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(state, "state");
        buttons = List.copyOf(buttons);
        // Replies stored before there was a support chat have no audience: they were for the user.
        audience = audience == null ? Audience.USER : audience;
    }

    public Reply(String text, List<Button> buttons, String fix, String intent, State state) {
        this(text, buttons, fix, intent, state, Audience.USER);
    }

    public boolean forSupport() {
        return audience == Audience.SUPPORT;
    }

    /** Who a reply is for. */
    public enum Audience { USER, SUPPORT }
}
