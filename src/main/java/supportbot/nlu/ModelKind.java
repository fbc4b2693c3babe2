package supportbot.nlu;

/**
 * The models: what a problem description is about (words and the sentence embedding), and what a message
 * means as an answer to the question the bot asked (the same, tied to the question).
 */
public enum ModelKind {
    INTENTS("intents"),
    ANSWERS("answers");

    private final String stem;

    ModelKind(String stem) {
        this.stem = stem;
    }

    /** The model's file name without ".bin", and the name of its training data (a file, or for answers a folder). */
    public String fileStem() {
        return stem;
    }
}
