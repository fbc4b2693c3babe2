package supportbot.store;

import java.util.Objects;
import supportbot.dialog.Reply;

/**
 * A reply as its channel addressed it, to be stored in the outbox: for the support chat, the header line
 * that names the conversation, and the user's message to copy below it (an attachment), or 0 for none.
 */
public record Outgoing(Reply reply, String supportHeader, long copyMessageId) {
    public Outgoing {
        Objects.requireNonNull(reply, "reply");
        supportHeader = supportHeader == null ? "" : supportHeader;
    }

    public static Outgoing of(Reply reply) {
        return new Outgoing(reply, "", 0);
    }
}
