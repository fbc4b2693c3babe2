package supportbot.dialog;

import java.util.List;
import java.util.Objects;

/**
 * What handling one event gives: the session to store, then the replies to send, and the user's answer
 * to "Was this helpful?" when this event gave one (null otherwise).
 */
public record Outcome(Session session, List<Reply> replies, Rating rating) {
    public Outcome {
        Objects.requireNonNull(session, "session");
        replies = List.copyOf(replies);
    }

    public Outcome(Session session, List<Reply> replies) {
        this(session, replies, null);
    }

    public enum Rating { HELPFUL, NOT_HELPFUL }
}
