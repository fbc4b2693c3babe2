package supportbot.nlu;

/** Tells which label a message most likely has. Implementations are safe to share between threads. */
public interface TextClassifier {
    Classification classify(String text);
}
