package supportbot.dialog;

import java.util.Objects;

/** An answer waiting for the user's yes ("Just to be sure"): what it would do and, for another problem, which one. */
public record Pending(Action action, String intent) {
    public Pending {
        Objects.requireNonNull(action, "action");
    }
}
