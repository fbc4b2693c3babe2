package supportbot.dialog;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import supportbot.nlu.TextNormalizer;

/**
 * What a message's shape says before any model reads it: its sentences and the last of them, whether it asks
 * something, whether a sentence is negated. No state: the readers ask.
 */
final class MessageShape {
    private static final Pattern TRAILING_SPACE_AND_SYMBOLS = Pattern.compile("[\\s\\p{So}]+$");
    private static final Pattern END_MARKS = Pattern.compile("[.!?]+$");
    private static final Pattern SENTENCES = Pattern.compile("[.!?\\n]+");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "dont", "doesnt", "never", "without", "nobody", "isnt", "wont",
            "didnt");
    private static final Pattern QUESTION_LIKE = Pattern.compile(
            "^((so|ok|okay|and|but|wait|hmm|um) )*(do|does|did|will|would|can|could|should|shall|is|are|how|why|what|when|where|which) (i|it|you|this|that|they|there|my|the)\\b"
                    + "|\\bor (do|should|must|can|will) (i|it|you)\\b|\\bor (not|what)$");

    private MessageShape() {
    }

    /** Words that end by asking, where there is a fix to ask about: the one on offer, or the one tried last. */
    static boolean asks(Session s, String text) {
        return aFix(s) && TRAILING_SPACE_AND_SYMBOLS.matcher(text).replaceAll("").endsWith("?");
    }

    /**
     * A question typed the way people type them in a hurry ("so it does it tonite or do i gotta hit somthing", "??
     * i asked do i need to press back up now"): a remark that is one is answered, not met with "Okay.". Includes
     * every message that {@link #asks}.
     */
    static boolean questionLike(Session s, String text) {
        return aFix(s) && (text.contains("?") || QUESTION_LIKE.matcher(words(text)).find());
    }

    private static boolean aFix(Session s) {
        return s.fix() != null || s.lastAttempt() != null && s.intent() != null;
    }

    static String[] sentences(String text) {
        return SENTENCES.split(text);
    }

    /** The last of several sentences ("...did that. How long does it take?"), without its end marks; else null. */
    static String lastSentence(String text) {
        String[] sentences = sentences(END_MARKS.matcher(TRAILING_SPACE_AND_SYMBOLS.matcher(text).replaceAll("")).replaceAll(""));
        String last = sentences[sentences.length - 1].trim();
        return sentences.length < 2 || last.isEmpty() ? null : last;
    }

    static boolean wordless(String sentence) {
        return TextNormalizer.tokens(sentence).length == 0;
    }

    /** "I don't need a person": a sentence that says no to what it names. */
    static boolean negated(String sentence) {
        return Arrays.stream(TextNormalizer.tokens(sentence)).anyMatch(NEGATIONS::contains);
    }

    /** The normalised words, as the knowledge file's patterns read them. */
    static String words(String text) {
        return String.join(" ", TextNormalizer.tokens(text));
    }
}
