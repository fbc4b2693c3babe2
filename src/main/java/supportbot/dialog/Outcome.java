package supportbot.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What handling one event gives: the session to store, the replies to send, and what happened ({@link Step}). */
public record Outcome(Session session, List<Reply> replies, List<Step> steps) {
    public Outcome {
        Objects.requireNonNull(session, "session");
        replies = List.copyOf(replies);
        steps = List.copyOf(steps);
    }

    public Outcome(Session session, List<Reply> replies) {
        this(session, replies, List.of());
    }

    /** The same outcome, with these steps having happened first. */
    Outcome after(Step... earlier) {
        List<Step> all = new ArrayList<>(List.of(earlier));
        all.addAll(steps);
        return new Outcome(session, replies, all);
    }

    Outcome after(List<Step> earlier) {
        return after(earlier.toArray(Step[]::new));
    }

    /** The same outcome with one more reply after the others. */
    Outcome and(Reply more) {
        List<Reply> all = new ArrayList<>(replies);
        all.add(more);
        return new Outcome(session, all, steps);
    }

    public <T extends Step> List<T> stepsOf(Class<T> kind) {
        return steps.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
