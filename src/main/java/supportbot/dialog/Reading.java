package supportbot.dialog;

import java.util.Objects;

/** What typed words were read as at the open question, how sure the reading is (0 to 1), and who read it. */
record Reading(Answer answer, double confidence, String by) {
    Reading {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(by, "by");
    }

    /** A reading nobody need doubt: a button's words, a command, the question's own options said plainly. */
    static Reading sure(Answer answer, String by) {
        return new Reading(answer, 1.0, by);
    }
}
