package supportbot.nlu;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What the model of answers is trained on, from the files of {@code models/train/answers/}: each question's
 * own file; {@code shared.txt}, what people say at any question (stop, a person, a remark, another problem),
 * learnt for every question; {@code yes_no.txt}, the plain yes and no, learnt as what they mean at each
 * question; and {@code generic.txt}, answers written for no question in particular.
 *
 * <p>Where the same words are in several, the question's own file says what they mean there ("ok" is a yes to
 * the reset warning, a remark after a step), then the shared file, then the plain yes and no. A knowledge
 * pack's files add to the shipped ones ("done" means the same in any topic), except for the questions about
 * its topic, which only its own files teach.
 */
public final class AnswerData {
    public static final String SHARED = "shared";
    public static final String YES_NO = "yes_no";
    public static final String GENERIC = "generic";
    /** The most words of a yes or a no that is learnt as what it means at every question. */
    private static final int PLAIN = 2;

    private AnswerData() {
    }

    /**
     * {@code shipped} and {@code own} give the lines of a file by name, or an empty list; for the shipped pack
     * {@code own} is the shipped folder and {@code shipped} gives nothing.
     */
    public static List<AnswerSample> samples(List<AnswerSet> sets, Function<String, List<Sample>> shipped,
            Function<String, List<Sample>> own) {
        List<Sample> shared = both(SHARED, shipped, own);
        List<Sample> yesNo = both(YES_NO, shipped, own);
        List<AnswerSample> all = new ArrayList<>();
        for (AnswerSet set : sets) {
            Set<String> said = new HashSet<>();
            List<Sample> lines = set.topical() ? own.apply(set.name()) : both(set.name(), shipped, own);
            lines.forEach(s -> add(all, said, set.name(), s.label(), s.text()));
            if (set.borrowed() != null) {
                both(set.borrowed().from(), shipped, own).stream().filter(s -> set.borrowed().labels().contains(s.label()))
                        .forEach(s -> add(all, said, set.name(), s.label(), s.text()));
            }
            shared.forEach(s -> add(all, said, set.name(), s.label(), s.text()));
            if (!set.name().equals(YES_NO)) {
                // Only a plain yes or no ("yep", "nope"): "ok yes please" is no answer to "Did that fix it?".
                for (Sample s : yesNo.stream().filter(s -> TextNormalizer.tokens(s.text()).length <= PLAIN).toList()) {
                    String meaning = s.label().equals("yes") ? set.yes() : s.label().equals("no") ? set.no() : null;
                    if (meaning != null) {
                        add(all, said, set.name(), meaning, s.text());
                    }
                }
            }
        }
        both(GENERIC, shipped, own).forEach(s -> all.add(new AnswerSample(null, s)));
        return List.copyOf(all);
    }

    /** Adds the line unless its words were already given a meaning at this question. */
    private static void add(List<AnswerSample> all, Set<String> said, String question, String label, String text) {
        if (said.add(String.join(" ", TextNormalizer.tokens(text)))) {
            all.add(new AnswerSample(question, label, text));
        }
    }

    private static List<Sample> both(String name, Function<String, List<Sample>> shipped, Function<String, List<Sample>> own) {
        List<Sample> lines = new ArrayList<>(shipped.apply(name));
        lines.addAll(own.apply(name));
        return lines;
    }
}
