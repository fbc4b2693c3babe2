package supportbot.dialog;

import java.time.Duration;
import java.util.Objects;

/**
 * The thresholds and limits the conversation rules use (settings {@code supportbot.dialog}), whether
 * a support chat takes hand-offs, and how the fixes are ordered.
 *
 * @param acceptConfidence  a description read this sure is taken as the problem
 * @param clarifyConfidence under this, a description is not understood; between the two the bot asks which
 * @param reading           when an answer to a question is acted on, asked about, or not understood
 */
public record DialogSettings(
        double acceptConfidence,
        double clarifyConfidence,
        ReadingPolicy reading,
        int clarifyOptions,
        int maxProblemChars,
        Duration idleAfter,
        boolean handoff,
        LearnedOrder learnedOrder) {

    public DialogSettings {
        if (!(0 <= clarifyConfidence && clarifyConfidence <= acceptConfidence && acceptConfidence <= 1)) {
            throw new IllegalArgumentException("need 0 <= clarify-confidence <= accept-confidence <= 1");
        }
        Objects.requireNonNull(reading, "reading");
        if (idleAfter.isNegative() || idleAfter.isZero()) {
            throw new IllegalArgumentException("idle-after must be positive");
        }
        if (clarifyOptions < 1 || maxProblemChars < 1) {
            throw new IllegalArgumentException("clarify-options and max-problem-chars must be positive");
        }
        Objects.requireNonNull(learnedOrder, "learnedOrder");
    }

    /** No support chat and the knowledge base's order of fixes. */
    public DialogSettings(double acceptConfidence, double clarifyConfidence, ReadingPolicy reading, int clarifyOptions,
                          int maxProblemChars, Duration idleAfter) {
        this(acceptConfidence, clarifyConfidence, reading, clarifyOptions, maxProblemChars, idleAfter, false, LearnedOrder.OFF);
    }

    public DialogSettings withHandoff(boolean on) {
        return new DialogSettings(acceptConfidence, clarifyConfidence, reading, clarifyOptions, maxProblemChars, idleAfter, on, learnedOrder);
    }

    public DialogSettings withLearnedOrder(LearnedOrder order) {
        return new DialogSettings(acceptConfidence, clarifyConfidence, reading, clarifyOptions, maxProblemChars, idleAfter, handoff, order);
    }

    public DialogSettings withReading(ReadingPolicy policy) {
        return new DialogSettings(acceptConfidence, clarifyConfidence, policy, clarifyOptions, maxProblemChars, idleAfter, handoff, learnedOrder);
    }

    /**
     * Settings {@code supportbot.dialog.learned-order}: when on, each problem's fixes are ordered by how
     * often they have worked, the knowledge base's order counting as {@code priorWeight} outcomes.
     *
     * @param seed mixed into each conversation's draw, so a run can be repeated
     */
    public record LearnedOrder(boolean enabled, double priorWeight, long seed) {
        public static final LearnedOrder OFF = new LearnedOrder(false, 20, 0);

        public LearnedOrder {
            if (priorWeight <= 0) {
                throw new IllegalArgumentException("learned-order.prior-weight must be positive");
            }
        }
    }
}
