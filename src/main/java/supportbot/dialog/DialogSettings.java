package supportbot.dialog;

/** The thresholds and limits the conversation rules use (settings {@code supportbot.dialog}). */
public record DialogSettings(
        double acceptConfidence,
        double clarifyConfidence,
        double replyConfidence,
        double newProblemConfidence,
        int clarifyOptions,
        int maxProblemChars) {

    public DialogSettings {
        if (!(0 <= clarifyConfidence && clarifyConfidence <= acceptConfidence && acceptConfidence <= 1)) {
            throw new IllegalArgumentException("need 0 <= clarify-confidence <= accept-confidence <= 1");
        }
        if (clarifyOptions < 1 || maxProblemChars < 1) {
            throw new IllegalArgumentException("clarify-options and max-problem-chars must be positive");
        }
    }
}
