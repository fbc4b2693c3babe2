package supportbot.dialog;

/**
 * Every threshold between reading words and acting on them, each with its reason (settings
 * {@code supportbot.dialog.reading}).
 *
 * @param act        a move (fixed, not fixed, skip, declined, stop, another problem, a person) is made at once
 *                   only on a reading at least this sure: a wrong move costs the user a fix or the conversation
 * @param doubt      a move read at least this sure, but under {@code act}, is asked about first ("Just to be
 *                   sure: is it working now?"); under it the words are not understood, and the question stays
 * @param remark     a reading that moves nothing (a question about the fix, "one sec", "thanks") needs this
 *                   much: answering the wrong question is cheap, but answering nonsense is not
 * @param newProblem the intent model names the other problem an answer describes only this sure: the answer
 *                   model says that it is another problem, the intent model which one
 * @param smallTalk  a remark is answered as thanks or a greeting only when the intent model is
 *                   this sure: the small talk it knows reads above 0.95, words it never saw ("hang on", "brb") near
 *                   0.75, and "You're welcome!" to "hang on" tells the user they were not read
 */
public record ReadingPolicy(double act, double doubt, double remark, double newProblem, double smallTalk) {
    public ReadingPolicy {
        if (!(0 <= doubt && doubt <= act && act <= 1 && 0 <= remark && remark <= 1 && 0 <= newProblem && newProblem <= 1
                && 0 <= smallTalk && smallTalk <= 1)) {
            throw new IllegalArgumentException("need 0 <= doubt <= act <= 1, and remark, new-problem and small-talk in [0, 1]");
        }
    }

    /**
     * What the engine does with a reading at a question: the answer itself, a question about it first, or not
     * understood. {@code costly}: whether acting on it there records or ends something.
     */
    Answer decide(Reading reading, boolean costly) {
        Answer answer = reading.answer();
        if (!costly) {
            return reading.confidence() >= remark ? answer : new Answer.Act(Action.UNCLEAR);
        }
        if (reading.confidence() >= act) {
            return answer;
        }
        // A variant is picked only surely: "which iPhone?" is asked again rather than "so it's an iPhone 8?".
        boolean askable = answer instanceof Answer.Act || answer instanceof Answer.Problem;
        return reading.confidence() >= doubt && askable ? new Answer.Doubt(answer) : new Answer.Act(Action.UNCLEAR);
    }

    /** Whether an answer changes or records something wherever it is given. */
    static boolean moves(Answer answer) {
        return answer instanceof Answer.Act act ? act.action().moves()
                : answer instanceof Answer.Problem || answer instanceof Answer.PickVariant || answer instanceof Answer.Between;
    }
}
