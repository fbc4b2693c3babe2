package supportbot.nlu;

import java.util.Objects;

/**
 * One labelled answer: what a person wrote at a question and what it meant there. {@code question} is null
 * for an answer that was written for no question in particular ("no", "still failing"): the model learns its
 * words for every question whose labels include its label.
 */
public record AnswerSample(String question, String label, String text) {
    public AnswerSample {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }

    AnswerSample(String question, Sample sample) {
        this(question, sample.label(), sample.text());
    }
}
