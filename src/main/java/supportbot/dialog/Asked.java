package supportbot.dialog;

import java.util.List;
import java.util.Optional;
import supportbot.nlu.AnswerSet;

/**
 * One question the bot asks, declared in one place: how it is put again, its buttons, which answers its
 * typed words are read against (and what a plain yes and no mean there), its own readings of plain words
 * (the dot's colour, the iPhone model), and what each answer does. What it leaves alone, {@link Fallback}
 * does the same way for every question.
 */
interface Asked {

    Question question();

    /** How the model of answers knows this question; null where typed words describe a problem. */
    AnswerSet answers(Session s);

    /** Every way the model of answers may know this question, for training it. */
    default List<AnswerSet> answerSets() {
        AnswerSet own = answers(null);
        return own == null ? List.of() : List.of(own);
    }

    /** Whether a doubtful reading here is asked about ("Just to be sure: ...?"); else it is not understood. */
    default boolean doubtable() {
        return true;
    }

    /** Whether words here may describe another problem; else such words are read as the next likeliest answer. */
    default boolean takesNewProblems() {
        return true;
    }

    /** The question put again, short: after a remark, an explanation, a stale button. */
    String prompt(Session s);

    List<Button> buttons(Session s);

    /** What a label of the model of answers means here; the shared meanings unless the question has its own. */
    default Optional<Answer> meaning(Session s, String label) {
        return Meanings.of(label);
    }

    /** The question's own options said plainly ("an 11", "it's red"), read before the model; empty when none. */
    default Optional<Answer> own(Session s, String words) {
        return Optional.empty();
    }

    /**
     * An option named inside a longer message ("restarted twice already, iphone 15 pro btw"), where naming it
     * can mean nothing else; empty when none.
     */
    default Optional<Answer> mentioned(Session s, String words) {
        return Optional.empty();
    }

    /**
     * Whether acting on the answer here records or ends something, so that only a sure reading may: by default
     * every move does (fixed, not fixed, skip, stop, another problem, a person).
     */
    default boolean costly(Answer answer) {
        return ReadingPolicy.moves(answer);
    }

    /** "Hang on, I'll give it a few minutes": where waiting keeps the question open, it moves nothing. */
    static boolean waits(Answer answer) {
        return answer instanceof Answer.Act act && act.action() == Action.WAIT;
    }

    /** What {@code answer} does here, or empty when {@link Fallback} decides. */
    Optional<Outcome> answer(Session s, Answer answer, Said said, Parts p);
}
