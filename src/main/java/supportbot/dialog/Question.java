package supportbot.dialog;

/**
 * Every question the bot asks. Each is declared once, in its own {@link Asked} (its words, buttons, how its
 * typed answers are read and what each answer does); what every question shares is {@link Fallback}.
 */
enum Question {
    /** "What's going wrong?" */
    DESCRIBE,
    /** "Which of these is closest?" with a few problems. */
    CLARIFY,
    /** The steps of a fix: "Did that fix it?" */
    STEP,
    /** A check's steps: "Is the dot next to iCloud Backup green?" */
    CHECK,
    /** "Which iPhone do you have?" before a fix's steps. */
    VARIANT,
    /** A warning before a fix that erases something: go ahead? */
    WARNING,
    /** Apple's side is down: wait, or keep trying other fixes? */
    OUTAGE,
    /** A fix worked: "Was this helpful?" */
    HELPFUL,
    /** The fixes ran out: a person, or start over? */
    OUT_OF_FIXES,
    /** A person from support has the conversation. */
    WITH_PERSON,
    /** Back after a long silence: carry on, or start over? */
    WELCOME_BACK,
    /** The words were not read surely enough: "Just to be sure: is it working now?" */
    SURE;

    static Question of(Session s) {
        if (s.aside() != null) {
            return switch (s.aside()) {
                case WELCOME_BACK -> WELCOME_BACK;
                case SURE -> SURE;
            };
        }
        return switch (s.state()) {
            case AWAITING_PROBLEM -> DESCRIBE;
            case CLARIFYING -> CLARIFY;
            case ON_STEP -> STEP;
            case CHECKING -> CHECK;
            case CHOOSING_VARIANT -> VARIANT;
            case CONFIRMING -> WARNING;
            case OUTAGE -> OUTAGE;
            case RESOLVED -> HELPFUL;
            case OUT_OF_FIXES -> OUT_OF_FIXES;
            case HANDED_OFF -> WITH_PERSON;
        };
    }

    /** A question about the fix on offer, whose steps the user may be doing right now. */
    boolean aboutAFix() {
        return this == STEP || this == CHECK || this == VARIANT || this == WARNING;
    }
}
