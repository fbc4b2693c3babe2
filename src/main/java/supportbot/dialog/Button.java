package supportbot.dialog;

import java.util.Objects;

/** A button under a reply: what it says and what pressing it sends back. */
public record Button(String label, String data) {
    public Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(data, "data");
    }
}
