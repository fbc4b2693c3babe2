package supportbot.dialog;

import java.time.Duration;
import java.util.Objects;

/**
 * The thresholds and limits the conversation rules use (settings {@code supportbot.dialog}), whether
 * a support chat takes hand-offs, and how the fixes are ordered.
 */
public record DialogSettings(
        double acceptConfidence,
        double clarifyConfidence,
        double replyLead,
        double remarkLead,
        int longMessageWords,
        double newProblemConfidence,
        double switchConfidence,
        int clarifyOptions,
        int maxProblemChars,
        Duration idleAfter,
        boolean handoff,
        LearnedOrder learnedOrder) {

    public DialogSettings {
        if (!(0 <= clarifyConfidence && clarifyConfidence <= acceptConfidence && acceptConfidence <= 1)) {
            throw new IllegalArgumentException("need 0 <= clarify-confidence <= accept-confidence <= 1");
        }
        if (!(0 <= remarkLead && remarkLead <= replyLead && replyLead <= 1)) {
            throw new IllegalArgumentException("need 0 <= remark-lead <= reply-lead <= 1");
        }
        if (newProblemConfidence < acceptConfidence) {
            throw new IllegalArgumentException("new-problem-confidence must be at least accept-confidence");
        }
        if (switchConfidence < newProblemConfidence || switchConfidence > 1) {
            throw new IllegalArgumentException("need new-problem-confidence <= switch-confidence <= 1");
        }
        if (idleAfter.isNegative() || idleAfter.isZero()) {
            throw new IllegalArgumentException("idle-after must be positive");
        }
        if (clarifyOptions < 1 || maxProblemChars < 1 || longMessageWords < 1) {
            throw new IllegalArgumentException("clarify-options, max-problem-chars and long-message-words must be positive");
        }
        Objects.requireNonNull(learnedOrder, "learnedOrder");
    }

    /** No support chat, the knowledge base's order of fixes, and a sure new problem is switched to without asking. */
    public DialogSettings(double acceptConfidence, double clarifyConfidence, double replyLead, double remarkLead,
                          double newProblemConfidence, int clarifyOptions, int maxProblemChars, Duration idleAfter) {
        this(acceptConfidence, clarifyConfidence, replyLead, remarkLead, 12, newProblemConfidence, newProblemConfidence, clarifyOptions,
                maxProblemChars, idleAfter, false, LearnedOrder.OFF);
    }

    public DialogSettings withHandoff(boolean on) {
        return new DialogSettings(acceptConfidence, clarifyConfidence, replyLead, remarkLead, longMessageWords, newProblemConfidence,
                switchConfidence, clarifyOptions, maxProblemChars, idleAfter, on, learnedOrder);
    }

    public DialogSettings withLearnedOrder(LearnedOrder order) {
        return new DialogSettings(acceptConfidence, clarifyConfidence, replyLead, remarkLead, longMessageWords, newProblemConfidence,
                switchConfidence, clarifyOptions, maxProblemChars, idleAfter, handoff, order);
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
