package supportbot.knowledge;

import java.util.EnumMap;
import java.util.Map;

/** The bot's sentences, with {@code {name}} placeholders filled in by {@link #say}. */
public final class Phrases {
    private final Map<Phrase, String> texts;

    public Phrases(Map<Phrase, String> texts) {
        EnumMap<Phrase, String> copy = new EnumMap<>(Phrase.class);
        copy.putAll(texts);
        for (Phrase phrase : Phrase.values()) {
            if (!copy.containsKey(phrase)) {
                throw new IllegalArgumentException("missing phrase " + phrase.key());
            }
        }
        this.texts = copy;
    }

    /** The phrase with each {@code {name}} replaced; {@code namesAndValues} alternates name, value. */
    public String say(Phrase phrase, String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        return fill(texts.get(phrase), namesAndValues);
    }

    public java.util.Collection<String> all() {
        return texts.values();
    }

    /** Any text with each {@code {name}} replaced. */
    public String fill(String text, String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", namesAndValues[i + 1]);
        }
        return text;
    }
}
