package supportbot.nlu;

/** Tells which label a message most likely has. Implementations are safe to share between threads. */
public interface TextClassifier {
    Classification classify(String text);

    /** A reading that may be cheaper and rougher than {@link #classify}; by default the same one. */
    default Classification classifyQuickly(String text) {
        return classify(text);
    }
}
