package supportbot.dialog;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import supportbot.nlu.TextNormalizer;

/**
 * The question's own options said plainly and shortly ("an 11", "it's red"), by the patterns of the knowledge
 * file. A question ("what does the red one mean?"), a negation ("not red, green") or a longer message ("I
 * restarted it like 5 times today") is the model's to read: a pattern sees a word, not what is said of it;
 * unless the message names an option in its own words ("iphone 15 pro btw"), which means only that option.
 */
final class OwnOptions implements Reader {
    private static final int PLAIN_WORDS = 4;
    private static final Set<String> NEGATIONS = Set.of("not", "no", "isnt", "aint", "never", "dont", "doesnt", "nope", "nor");

    @Override
    public Optional<Reading> read(Session s, Asked asked, String text) {
        String[] tokens = TextNormalizer.tokens(text);
        boolean plain = tokens.length <= PLAIN_WORDS && !text.contains("?") && Arrays.stream(tokens).noneMatch(NEGATIONS::contains);
        if (s.fix() == null) {
            return Optional.empty();
        }
        String words = String.join(" ", tokens);
        Optional<Answer> answer = plain ? asked.own(s, words) : text.contains("?") ? Optional.empty() : asked.mentioned(s, words);
        return answer.map(a -> Reading.sure(a, "options"));
    }
}
