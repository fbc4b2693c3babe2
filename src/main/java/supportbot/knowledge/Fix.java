package supportbot.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One troubleshooting fix from the article. {@code steps} is empty only when the branch is a
 * {@link Branch.ChooseVariant}, whose options carry their own steps. {@code alreadyDone} recognises a
 * user saying, before we start, that they did it already ("I already restarted it"). {@code answers} holds
 * what the fix says to questions about it, by {@link #ANSWER_KEYS}: why it helps, whether it is safe (what it
 * keeps, what it loses), how long it takes, and another way; {@code details} answers how.
 */
public record Fix(String id, String title, String why, List<String> steps, String details, Branch branch,
                  List<Pattern> alreadyDone, Map<String, String> answers) {
    /** The questions about a fix that its {@code answers} may answer. */
    public static final Set<String> ANSWER_KEYS = Set.of("why", "safe", "time", "other-way");
    /** A match right after one of these ("I haven't restarted") does not count. */
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "havent", "hasnt", "didnt", "cant",
            "wont", "dont", "doesnt", "without", "cannot", "couldnt");

    public Fix {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(branch, "branch");
        steps = List.copyOf(steps);
        alreadyDone = List.copyOf(alreadyDone);
        answers = Map.copyOf(answers);
    }

    /**
     * Whether the user's words say the fix was done already. Each clause is read alone, after the
     * normaliser has lower-cased it; a question ("should I restart it?") says nothing was done.
     */
    public boolean saidDone(String text, java.util.function.Function<String, String> normalise) {
        Matcher clauses = CLAUSE.matcher(text);
        while (clauses.find()) {
            String clause = clauses.group(1);
            String words = normalise.apply(clause);
            boolean question = clauses.group(2).contains("?") || QUESTION.matcher(words).lookingAt();
            if (!question && saidDoneIn(words)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern CLAUSE = Pattern.compile("([^.?!;,\\n]+)([.?!;,\\n]*)");

    /** The text's clauses, each with the punctuation that ends it. */
    public static List<String> clauses(String text) {
        List<String> clauses = new java.util.ArrayList<>();
        Matcher m = CLAUSE.matcher(text);
        while (m.find()) {
            clauses.add(m.group());
        }
        return clauses;
    }
    private static final Pattern QUESTION = Pattern.compile(
            "(how|should|shall|do|does|is|are|can|could|would|will|where|what|why|when|which|any)\\b");

    private boolean saidDoneIn(String words) {
        for (Pattern pattern : alreadyDone) {
            Matcher m = pattern.matcher(words);
            while (m.find()) {
                String[] before = words.substring(0, m.start()).trim().split(" ");
                boolean negated = false;
                for (int i = Math.max(0, before.length - 3); i < before.length; i++) {
                    negated |= NEGATIONS.contains(before[i]);
                }
                if (!negated) {
                    return true;
                }
            }
        }
        return false;
    }
}
