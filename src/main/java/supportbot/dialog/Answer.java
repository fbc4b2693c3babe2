package supportbot.dialog;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A user's message as the engine understands it: a press and typed words both end up as one of these. */
sealed interface Answer {

    record Act(Action action) implements Answer {
        public Act {
            Objects.requireNonNull(action, "action");
        }
    }

    /** A question about what is on offer ("how?", "will I lose my photos?"): answered, and the question stays. */
    record Ask(Aspect aspect) implements Answer {
        public Ask {
            Objects.requireNonNull(aspect, "aspect");
        }
    }

    /** What a question about the fix asks: how to do it, why, whether it is safe, how long, or another way. */
    enum Aspect {
        HOW, WHY, SAFE, TIME, OTHER_WAY;

        /** "ask_other_way" and the like, the labels of the model of answers. */
        static java.util.Optional<Aspect> ofLabel(String label) {
            if (!label.startsWith("ask_")) {
                return java.util.Optional.empty();
            }
            try {
                return java.util.Optional.of(valueOf(label.substring(4).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return java.util.Optional.empty();
            }
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

    /** Probably one of these problems, but not sure which. */
    record Clarify(List<String> intents) implements Answer {
        public Clarify {
            intents = List.copyOf(intents);
        }
    }

    /**
     * A move read without enough certainty ("nope, tapped Back Up Now and it just sits there" when the words
     * are unlike anything learnt): the bot asks a short yes/no question before making it.
     */
    record Doubt(Answer proposed) implements Answer {
        public Doubt {
            Objects.requireNonNull(proposed, "proposed");
        }
    }
}
