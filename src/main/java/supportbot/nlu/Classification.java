package supportbot.nlu;

import java.util.List;

/** Every label of a model for one message, most likely first. */
public record Classification(List<Intent> ranked) {
    public Classification {
        ranked = List.copyOf(ranked);
        if (ranked.isEmpty()) {
            throw new IllegalArgumentException("a classification needs at least one label");
        }
    }

    public Intent top() {
        return ranked.get(0);
    }
}
