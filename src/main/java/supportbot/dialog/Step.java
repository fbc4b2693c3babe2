package supportbot.dialog;

import java.util.Objects;

/**
 * What one message did to the conversation, as the engine saw it: the event log stores these, the turn
 * evaluation reads them, and nobody has to work them out again by comparing sessions. A message that
 * moved nothing (a remark, an unclear answer, a question asked again) has no steps.
 */
public sealed interface Step {

    /** Work began on a problem (a new one, or the same one described afresh). */
    record Began(String intent, double confidence) implements Step {
        public Began {
            Objects.requireNonNull(intent, "intent");
        }
    }

    /** A fix was put on offer. */
    record Offered(String fixId) implements Step {
        public Offered {
            Objects.requireNonNull(fixId, "fixId");
        }
    }

    /** How a fix went. */
    record Answered(String fixId, Attempt.Result result) implements Step {
        public Answered {
            Objects.requireNonNull(fixId, "fixId");
            Objects.requireNonNull(result, "result");
        }
    }

    /** A fix that seemed to work did not after all ("wait, it still fails"): its "fixed" and the problem's
     * resolution are withdrawn. */
    record Reopened(String fixId) implements Step {
        public Reopened {
            Objects.requireNonNull(fixId, "fixId");
        }
    }

    /** The user picked a variant of the fix on offer (the iPhone model). */
    record Chose(String fixId, String variantId) implements Step {
    }

    /** The user agreed to a fix that warned first (the reset). */
    record WentAhead(String fixId) implements Step {
    }

    /** A question about the fix was answered: how to do it, why, whether it is safe, how long, another way. */
    record Explained(String fixId, Answer.Aspect aspect) implements Step {
    }

    /** A fix the user had left out or passed over was taken back, to be tried after all. */
    record TookBack(String fixId) implements Step {
    }

    /** Work on the problem ended. */
    record Ended(Ending ending) implements Step {
        public Ended {
            Objects.requireNonNull(ending, "ending");
        }
    }

    /** The answer to "Was this helpful?". */
    record Rated(boolean helpful) implements Step {
    }

    /** No support chat: the user was pointed to Apple Support with the summary. */
    record PointedToSupport() implements Step {
    }

    /** The conversation carried on where it was (after an outage, or a welcome back). */
    record CarriedOn() implements Step {
    }

    /** The conversation started over, or the user asked to describe another problem. */
    record StartedOver() implements Step {
    }
}
