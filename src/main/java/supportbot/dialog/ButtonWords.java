package supportbot.dialog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Typed words that name one of the offered buttons: its label (any case, with or without the emoji,
 * a small typo), the emoji alone, or its number ("2", "the second one").
 */
final class ButtonWords {
    private static final Pattern NUMBER = Pattern.compile(
            "(?:(?:the|number|no|option|button|nr|#)\\s*)*(\\d{1,2}|first|second|third|fourth|fifth|last)(?:\\s*(?:one|option|button|please|pls))*");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Longer than any label with a few words around it: not a button typed. */
    static final int LONGEST = 48;
    /** The labels' plain forms: a handful of texts from the knowledge file, asked for on every message. */
    private final Map<String, String> labels = new ConcurrentHashMap<>();
    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4, "fifth", 5);

    Optional<Button> match(String text, List<Button> buttons) {
        if (buttons.isEmpty() || text.length() > LONGEST) {
            return Optional.empty();
        }
        String typed = plain(text);
        Optional<Button> byNumber = byNumber(typed, buttons);
        if (byNumber.isPresent()) {
            return byNumber;
        }
        if (typed.isEmpty()) {
            return byEmoji(text.strip(), buttons);
        }
        List<Button> close = buttons.stream().filter(b -> near(typed, labels.computeIfAbsent(b.label(), ButtonWords::plain))).toList();
        if (close.size() == 1) {
            return Optional.of(close.get(0));
        }
        // "photos" names the one problem button about photos; a problem, unlike "fixed" in "Not fixed", has no opposite.
        List<Button> naming = buttons.stream()
                .filter(b -> ButtonData.decode(b.data()).map(d -> d.answer() instanceof Answer.Problem).orElse(false)
                        && List.of(labels.computeIfAbsent(b.label(), ButtonWords::plain).split(" ")).containsAll(List.of(typed.split(" "))))
                .toList();
        return naming.size() == 1 && typed.length() >= 4 ? Optional.of(naming.get(0)) : Optional.empty();
    }

    private static Optional<Button> byNumber(String typed, List<Button> buttons) {
        Matcher m = NUMBER.matcher(typed);
        if (!m.matches()) {
            return Optional.empty();
        }
        String n = m.group(1);
        int index = n.equals("last") ? buttons.size() : ORDINALS.getOrDefault(n, n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : 0);
        return index >= 1 && index <= buttons.size() ? Optional.of(buttons.get(index - 1)) : Optional.empty();
    }

    /** "👍" alone presses the one button that shows it. */
    private static Optional<Button> byEmoji(String emoji, List<Button> buttons) {
        if (emoji.isEmpty()) {
            return Optional.empty();
        }
        String bare = emoji.replace("\uFE0F", "");
        List<Button> showing = buttons.stream().filter(b -> b.label().replace("\uFE0F", "").contains(bare)).toList();
        return showing.size() == 1 ? Optional.of(showing.get(0)) : Optional.empty();
    }

    /** Letters, digits and single spaces, lower case: "❌ Not fixed!" is "not fixed", "it's" is "its". */
    static String plain(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
        return NOT_A_LETTER.matcher(lower).replaceAll(" ").strip();
    }

    /**
     * Equal, or a typo away: one edit in eight letters, and none in a short label, where one letter can turn
     * a label into its opposite ("now fixed" is one letter from "not fixed").
     */
    private static boolean near(String typed, String label) {
        if (label.isEmpty()) {
            return false;
        }
        if (typed.equals(label)) {
            return true;
        }
        int allowed = label.length() < 10 ? 0 : Math.min(typed.length(), label.length()) / 8;
        return allowed > 0 && Math.abs(typed.length() - label.length()) <= allowed && new LevenshteinDistance(allowed).apply(typed, label) >= 0;
    }
}
