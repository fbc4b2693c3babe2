package supportbot.dialog;

/** How work on a problem ended. Abandoned (left idle) is not among them: it is what never ends here. */
public enum Ending {
    /** A fix worked. */
    RESOLVED,
    /** Every fix was tried. */
    OUT_OF_FIXES,
    /** Passed to a person in the support chat. */
    HANDED_OFF,
    /** A check said only waiting helps (Apple's side was down), and the user chose to wait. */
    OUTAGE,
    /** The user stopped or started over in the middle of a fix. */
    STOPPED,
    /** The user described another problem in the middle of a fix. */
    SWITCHED,
    /** The support chat refused the hand-off: the user was pointed to Apple Support instead. */
    HANDOFF_FAILED
}
