package supportbot.dialog;

import java.time.Instant;
import java.util.Objects;

/** A fix that was offered and answered, how, and when (null in sessions stored before times were kept). */
public record Attempt(String fixId, Result result, Instant at) {
    public Attempt {
        Objects.requireNonNull(fixId, "fixId");
        Objects.requireNonNull(result, "result");
    }

    public enum Result {
        FIXED,
        NOT_FIXED,
        /** The user had already tried it. */
        SKIPPED,
        /** The user chose not to do it (the reset warning). */
        DECLINED,
        /** The status check came back green: not the fix, but Apple's side is ruled out. */
        CHECK_OK,
        /** The status check found an outage on Apple's side. */
        OUTAGE,
        /** Left unanswered when the user described another problem. */
        INTERRUPTED,
        /** The user said in their first words that they had done it already. */
        ALREADY_DONE
    }
}
