package supportbot.dialog;

import java.time.Duration;

/** The thresholds and limits the conversation rules use (settings {@code supportbot.dialog}). */
public record DialogSettings(
        double acceptConfidence,
        double clarifyConfidence,
        double replyConfidence,
        double newProblemConfidence,
        int clarifyOptions,
        int maxProblemChars,
        Duration idleAfter) {

    public DialogSettings {
        if (!(0 <= clarifyConfidence && clarifyConfidence <= acceptConfidence && acceptConfidence <= 1)) {
            throw new IllegalArgumentException("need 0 <= clarify-confidence <= accept-confidence <= 1");
        }
        if (newProblemConfidence < acceptConfidence) {
            throw new IllegalArgumentException("new-problem-confidence must be at least accept-confidence");
        }
        if (idleAfter.isNegative() || idleAfter.isZero()) {
            throw new IllegalArgumentException("idle-after must be positive");
        }
        if (clarifyOptions < 1 || maxProblemChars < 1) {
            throw new IllegalArgumentException("clarify-options and max-problem-chars must be positive");
        }
    }
}
