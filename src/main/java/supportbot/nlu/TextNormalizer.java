package supportbot.nlu;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what a person typed into the tokens the models see. Training and classifying both go
 * through here, so a change to it needs a retrain (the model hash covers this class's version).
 */
public final class TextNormalizer {

    /** Bump when the tokens or the features change: the model fingerprint includes it, so a stale model is caught. */
    public static final String VERSION = "3";

    /** Messages longer than this are cut: the first words carry the meaning, and the cost stays bounded. */
    static final int MAX_CHARS = 2_000;

    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´]");
    private static final Pattern WIFI = Pattern.compile("\\bwi\\s*-?\\s*fi\\b");
    private static final Pattern DIGIT_LETTER = Pattern.compile("(?<=\\d)(?=\\p{L})|(?<=\\p{L})(?=\\d)");

    private TextNormalizer() {
    }

    public static String[] tokens(String text) {
        String s = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        s = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = APOSTROPHES.matcher(s).replaceAll("");
        s = WIFI.matcher(s).replaceAll("wifi");
        s = DIGIT_LETTER.matcher(s).replaceAll(" ");
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
                return;
            }
            flush(word, tokens);
            if (isEmoji(cp)) {
                tokens.add(emojiToken(cp));
            }
        });
        flush(word, tokens);
        return tokens.toArray(String[]::new);
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (word.length() > 0) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }

    /** Pictographs carry meaning in chat (👍, 😡); skin tones, joiners and variation selectors do not. */
    private static boolean isEmoji(int cp) {
        int type = Character.getType(cp);
        boolean symbol = type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL;
        boolean modifier = (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F);
        return symbol && !modifier && cp > 0x7F;
    }

    private static String emojiToken(int cp) {
        String name = Character.getName(cp);
        return name == null ? "emoji" : "emoji_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}
