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
        /** A check's answer that moves on: not the fix, but a cause ruled out (Apple's side is fine). */
        CHECK_OK,
        /**
         * A check's answer that means waiting (Apple's side is down). Named for the first such check: the name
         * is what the event log stores.
         */
        OUTAGE,
        /** Left unanswered when the user described another problem. */
        INTERRUPTED,
        /** The user said in their first words that they had done it already. */
        ALREADY_DONE
    }
}
