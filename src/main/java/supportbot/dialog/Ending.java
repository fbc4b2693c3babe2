package supportbot.dialog;

import java.util.Optional;

/** How work on a problem ended. Abandoned (left idle) is not among them: it is what never ends here. */
public enum Ending {
    /** A fix worked. */
    RESOLVED,
    /** Every fix was tried. */
    OUT_OF_FIXES,
    /** Passed to a person in the support chat. */
    HANDED_OFF,
    /** Apple's side was down: the user chose to wait. */
    OUTAGE,
    /** The user stopped or started over in the middle of a fix. */
    STOPPED,
    /** The user described another problem in the middle of a fix. */
    SWITCHED,
    /** The support chat refused the hand-off: the user was pointed to Apple Support instead. */
    HANDOFF_FAILED;

    /** How {@code input} ended the problem being worked on, going from {@code before} to {@code after}, if it did. */
    public static Optional<Ending> of(Event.Input input, Session before, Session after) {
        if (input instanceof Event.Input.SupportUnreachable && before.state() == State.HANDED_OFF) {
            return Optional.of(HANDOFF_FAILED);
        }
        return between(before, after);
    }

    private static Optional<Ending> between(Session before, Session after) {
        if (after.state() != before.state()) {
            switch (after.state()) {
                case RESOLVED -> {
                    return Optional.of(RESOLVED);
                }
                case OUT_OF_FIXES -> {
                    return Optional.of(OUT_OF_FIXES);
                }
                case HANDED_OFF -> {
                    return Optional.of(HANDED_OFF);
                }
                default -> {
                }
            }
        }
        if (!before.inProgress()) {
            return Optional.empty();
        }
        if (before.state() == State.OUTAGE && after.state() == State.AWAITING_PROBLEM) {
            return Optional.of(OUTAGE);
        }
        if (after.intent() == null) {
            return Optional.of(STOPPED);
        }
        return after.intent().equals(before.intent()) ? Optional.empty() : Optional.of(SWITCHED);
    }

    /** Whether this step began work on a problem: a new one, or the same one described afresh. */
    public static Optional<String> began(Session before, Session after) {
        if (after.intent() == null) {
            return Optional.empty();
        }
        boolean otherProblem = !after.intent().equals(before.intent());
        boolean afresh = !before.inProgress() && before.state() != State.HANDED_OFF
                && (after.inProgress() || after.state() == State.OUT_OF_FIXES && before.state() != State.OUT_OF_FIXES);
        return otherProblem || afresh ? Optional.of(after.intent()) : Optional.empty();
    }
}
