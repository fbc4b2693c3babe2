package supportbot.dialog;

/**
 * Every question the bot asks. What the user writes is read as an answer to the one open now
 * ({@link Accepts}), and {@link Transitions} says what each answer does there.
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
    CONFIRM,
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
    /** The words may have meant stop: stop here? */
    SURE_TO_STOP,
    /** The words sounded like another problem as well as an answer: look at that problem instead? */
    SURE_NEW_PROBLEM;

    static Question of(Session s) {
        if (s.aside() != null) {
            return switch (s.aside()) {
                case WELCOME_BACK -> WELCOME_BACK;
                case SURE_TO_STOP -> SURE_TO_STOP;
                case SURE_NEW_PROBLEM -> SURE_NEW_PROBLEM;
            };
        }
        return switch (s.state()) {
            case AWAITING_PROBLEM -> DESCRIBE;
            case CLARIFYING -> CLARIFY;
            case ON_STEP -> STEP;
            case CHECKING -> CHECK;
            case CHOOSING_VARIANT -> VARIANT;
            case CONFIRMING -> CONFIRM;
            case OUTAGE -> OUTAGE;
            case RESOLVED -> HELPFUL;
            case OUT_OF_FIXES -> OUT_OF_FIXES;
            case HANDED_OFF -> WITH_PERSON;
        };
    }

    /** A question about the fix on offer, whose steps the user may be doing right now. */
    boolean aboutAFix() {
        return this == STEP || this == CHECK || this == VARIANT || this == CONFIRM;
    }
}
