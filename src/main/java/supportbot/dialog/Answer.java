package supportbot.dialog;

import java.util.List;
import java.util.Objects;

/** A user's message as the engine understands it: a press and typed words both end up as one of these. */
sealed interface Answer {

    record Act(Action action) implements Answer {
        public Act {
            Objects.requireNonNull(action, "action");
        }
    }

    /** Chose a variant of the fix on offer (the iPhone model). */
    record PickVariant(String variantId) implements Answer {
        public PickVariant {
            Objects.requireNonNull(variantId, "variantId");
        }
    }

    /** Described (or picked) a problem the bot can troubleshoot. */
    record Problem(String intent, double confidence) implements Answer {
        public Problem {
            Objects.requireNonNull(intent, "intent");
        }
    }

    /** One of two problems, the first likelier: both are worked on at once (see {@link TwoProblemPlan}). */
    record Between(Problem likelier, Problem other) implements Answer {
        public Between {
            Objects.requireNonNull(likelier, "likelier");
            Objects.requireNonNull(other, "other");
        }
    }

    /** Clearly a different problem, and clearly an answer to the fix as well: asked which it is. */
    record MaybeProblem(Problem problem) implements Answer {
        public MaybeProblem {
            Objects.requireNonNull(problem, "problem");
        }
    }

    /** Probably one of these problems, but not sure which. */
    record Clarify(List<String> intents) implements Answer {
        public Clarify {
            intents = List.copyOf(intents);
        }
    }
}
