package supportbot.nlu;

import java.util.Objects;

/** One labelled message: a line {@code label text...} of a doccat training or test file. */
public record Sample(String label, String text) {
    public Sample {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        if (label.isBlank() || label.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a label is one word, got '" + label + "'");
        }
    }

    /** Parses a doccat line; null for a blank line or a # comment. */
    static Sample parse(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return null;
        }
        int space = trimmed.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("expected 'label text', got '" + trimmed + "'");
        }
        return new Sample(trimmed.substring(0, space), trimmed.substring(space + 1).strip());
    }

    String toLine() {
        return label + " " + text;
    }
}
