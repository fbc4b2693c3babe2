package supportbot.nlu;

import java.util.Objects;

/** One label with the probability the model gives it. */
public record Intent(String name, double confidence) {
    public Intent {
        Objects.requireNonNull(name, "name");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
    }
}
