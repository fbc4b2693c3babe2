package supportbot.dialog;

import java.util.Optional;

/** One way of reading typed words at the open question; {@link MessageReader} tries them in order. */
interface Reader {
    /** The reading, or empty when these words are not for this reader. */
    Optional<Reading> read(Session s, Asked asked, String text);
}
