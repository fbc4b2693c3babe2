package supportbot.dialog;

import java.util.List;
import java.util.Objects;

/** What handling one event gives: the session to store, then the replies to send. */
public record Outcome(Session session, List<Reply> replies) {
    public Outcome {
        Objects.requireNonNull(session, "session");
        replies = List.copyOf(replies);
    }
}
