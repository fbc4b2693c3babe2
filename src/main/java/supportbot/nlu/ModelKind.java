package supportbot.nlu;

/**
 * The models: what a problem description is about (words and the sentence embedding), the same on words
 * alone (quick, for short replies at a question), and how a person answers the bot's questions.
 */
public enum ModelKind {
    INTENTS("intents", "intents"),
    QUICK_INTENTS("intents-quick", "intents"),
    REPLIES("replies", "replies");

    private final String fileStem;
    private final String dataStem;

    ModelKind(String fileStem, String dataStem) {
        this.fileStem = fileStem;
        this.dataStem = dataStem;
    }

    /** The model's file name, without ".bin". */
    public String fileStem() {
        return fileStem;
    }

    /** The name of its training and test data files, without ".txt". */
    public String dataStem() {
        return dataStem;
    }
}
