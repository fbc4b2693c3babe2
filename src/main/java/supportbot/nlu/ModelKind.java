package supportbot.nlu;

/** The two models: what a message is about, and how a person answers a step. */
public enum ModelKind {
    INTENTS("intents"),
    REPLIES("replies");

    private final String fileStem;

    ModelKind(String fileStem) {
        this.fileStem = fileStem;
    }

    public String fileStem() {
        return fileStem;
    }
}
