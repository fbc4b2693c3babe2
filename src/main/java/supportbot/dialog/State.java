package supportbot.dialog;

/** Where a conversation stands; docs/dialog.mmd draws the moves between them. */
public enum State {
    /** Nothing going on: a message is read as a description of the problem. */
    AWAITING_PROBLEM,
    /** Not sure which problem it is: asked the user to pick one of a few. */
    CLARIFYING,
    /** The fix depends on something (the iPhone model): asked which before giving its steps. */
    CHOOSING_VARIANT,
    /** The fix erases something: warned and asked whether to go ahead. */
    CONFIRMING,
    /** Steps given: waiting for fixed, not fixed, already tried, how, or stop. */
    ON_STEP,
    /** Steps given for a check (is iCloud Backup green?): waiting for yes or no. */
    CHECKING,
    /** The check found Apple's side down: offered to wait or to keep trying. */
    OUTAGE,
    /** A fix worked. */
    RESOLVED,
    /** Every fix for the problem was tried. */
    OUT_OF_FIXES,
    /** A person from support has the conversation: the user's messages go to the support chat. */
    HANDED_OFF
}
