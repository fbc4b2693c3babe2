package supportbot.dialog;

import java.util.List;
import java.util.Optional;

/**
 * Reads typed words as an {@link Answer} to the open question: an ordered list of readers, the first that
 * reads the words decides, and one policy ({@link ReadingPolicy}) says whether the reading is sure enough to
 * act on, to ask about first, or not understood. In order: a button's own words or number; another language;
 * the question's own options said plainly; a description of the problem, where one is asked for; and the
 * model of answers, which knows the question.
 */
final class MessageReader {
    private final List<Reader> readers;
    private final ReadingPolicy policy;

    MessageReader(List<Reader> readers, ReadingPolicy policy) {
        this.readers = List.copyOf(readers);
        this.policy = policy;
    }

    Answer read(Session s, Asked asked, String text) {
        return reading(s, asked, text).map(r -> decided(policy.decide(r, asked.costly(r.answer())), asked))
                .orElse(new Answer.Act(Action.UNCLEAR));
    }

    /** A question asked to be sure is not asked about again: a doubt there is not understood. */
    private static Answer decided(Answer answer, Asked asked) {
        return answer instanceof Answer.Doubt && !asked.doubtable() ? new Answer.Act(Action.UNCLEAR) : answer;
    }

    /** The first reader's reading, before the policy: what `eval` shows by confidence. */
    Optional<Reading> reading(Session s, Asked asked, String text) {
        for (Reader reader : readers) {
            Optional<Reading> reading = reader.read(s, asked, text);
            if (reading.isPresent()) {
                return reading;
            }
        }
        return Optional.empty();
    }
}
