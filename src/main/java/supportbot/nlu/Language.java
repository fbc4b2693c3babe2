package supportbot.nlu;

import com.typesafe.config.Config;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the bot knows of the language it is written to in, beyond its models (conf/language.conf): whether a
 * message is in another language, and whether a clause rules its topic out ("wifi is fine", "storage isn't
 * the problem") rather than describing it.
 */
public final class Language {
    private final Vocabulary english;
    private final Set<String> neutral;
    private final Set<String> foreign;
    private final List<Pattern> ruledOut;
    private final List<Pattern> asksForNext;

    private Language(Vocabulary english, Set<String> neutral, Set<String> foreign, List<Pattern> ruledOut,
                     List<Pattern> asksForNext) {
        this.english = english;
        this.neutral = Set.copyOf(neutral);
        this.foreign = Set.copyOf(foreign);
        this.ruledOut = List.copyOf(ruledOut);
        this.asksForNext = List.copyOf(asksForNext);
    }

    /** From the {@code language} section of conf/language.conf and the English words the bot knows. */
    public static Language of(Config language, Vocabulary english) {
        Set<String> foreign = new HashSet<>();
        Config byLanguage = language.getConfig("foreign");
        byLanguage.root().keySet().forEach(name -> byLanguage.getStringList(name).forEach(w -> foreign.addAll(List.of(TextNormalizer.tokens(w)))));
        Set<String> neutral = new HashSet<>();
        language.getStringList("neutral").forEach(w -> neutral.addAll(List.of(TextNormalizer.tokens(w))));
        return new Language(english, neutral, foreign, patterns(language, "ruled-out"), patterns(language, "asks-for-next"));
    }

    private static List<Pattern> patterns(Config language, String name) {
        return language.hasPath(name) ? language.getStringList(name).stream().map(Pattern::compile).toList() : List.of();
    }

    /**
     * Written in another language: two words or more that other languages use and English does not, making up
     * a third of the words that are not names; or the vocabulary's test (mostly letters of another script, or
     * three words or more, fewer than half of them English).
     */
    public boolean looksForeign(String text) {
        long words = 0;
        long theirs = 0;
        for (String token : TextNormalizer.tokens(text)) {
            if (token.startsWith("emoji") || !token.chars().allMatch(Character::isLetter) || neutral.contains(token)) {
                continue;
            }
            words++;
            theirs += foreign.contains(token) ? 1 : 0;
        }
        return theirs >= 2 && theirs * 3 >= words || english.looksForeign(text);
    }

    /** Whether the words of a clause rule its topic out. */
    public boolean rulesOut(String clause) {
        String words = String.join(" ", TextNormalizer.tokens(clause));
        return ruledOut.stream().anyMatch(p -> p.matcher(words).find());
    }

    /** Whether the last of a message's clauses that has words asks for the next fix ("… still nothing. what's next?"). */
    public boolean asksForNext(List<String> clauses) {
        for (int i = clauses.size() - 1; i >= 0; i--) {
            String words = String.join(" ", TextNormalizer.tokens(clauses.get(i)));
            if (!words.isBlank()) {
                return asksForNext.stream().anyMatch(p -> p.matcher(words).find());
            }
        }
        return false;
    }
}
