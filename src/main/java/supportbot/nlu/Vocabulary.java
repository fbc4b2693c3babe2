package supportbot.nlu;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The English words the bot knows (from its own texts and training data), to tell a message in
 * another language from an unclear one in English. Generous with typos: "stil faild" is English.
 */
public final class Vocabulary {
    private static final LevenshteinDistance ONE_TYPO = new LevenshteinDistance(1);
    private final Set<String> words;

    private Vocabulary(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    public static Vocabulary of(Collection<String> texts) {
        Set<String> words = new HashSet<>();
        texts.forEach(text -> words.addAll(java.util.Arrays.asList(TextNormalizer.tokens(text))));
        return new Vocabulary(words);
    }

    /**
     * Written in another language: mostly letters of another script, or three words or more of which
     * fewer than half are English (or, for words of five letters or more, a typo away from it).
     */
    public boolean looksForeign(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long latin = text.codePoints().filter(cp -> Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN).count();
        if (letters > 0 && latin * 2 < letters) {
            return true;
        }
        String[] tokens = TextNormalizer.tokens(text);
        long wordCount = 0;
        long english = 0;
        for (String token : tokens) {
            if (token.startsWith("emoji") || !token.chars().allMatch(Character::isLetter)) {
                continue;
            }
            wordCount++;
            if (known(token)) {
                english++;
            }
        }
        return wordCount >= 3 && english * 2 < wordCount;
    }

    private boolean known(String token) {
        if (words.contains(token)) {
            return true;
        }
        return token.length() >= 5 && words.stream()
                .filter(w -> Math.abs(w.length() - token.length()) <= 1)
                .anyMatch(w -> ONE_TYPO.apply(w, token) >= 0);
    }
}
