package supportbot.store;

/** A stored session is there but not in a form this version can read (saved by an older or newer bot). */
public final class UnreadableSessionException extends StoreException {
    UnreadableSessionException(String message, Throwable cause) {
        super(message, cause);
    }
}
