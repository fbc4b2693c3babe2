package supportbot.nlu;

import java.util.Objects;
import java.util.Set;

/**
 * A question as the model of answers knows it: the name of its training file ({@code models/train/answers/
 * NAME.txt}), what a plain yes and a plain no mean there (a yes to "Did that fix it?" is fixed; null where
 * they mean nothing), whether its answers are about the knowledge pack's topic ({@code topical}: the status
 * dot, the iPhone model), so that only the pack's own file teaches them, and labels it shares with another
 * question ({@code borrowed}: "no wait, I want to try that one after all" is said at any question about a fix).
 */
public record AnswerSet(String name, String yes, String no, boolean topical, Borrowed borrowed) {
    public AnswerSet {
        Objects.requireNonNull(name, "name");
    }

    public AnswerSet(String name, String yes, String no, boolean topical) {
        this(name, yes, no, topical, null);
    }

    /** The lines of another question's file that carry these labels. */
    public record Borrowed(String from, Set<String> labels) {
        public Borrowed {
            Objects.requireNonNull(from, "from");
            labels = Set.copyOf(labels);
        }
    }
}
