package supportbot.nlu;

/**
 * The intent model with the sentence embedding (about 3 ms a message) and the same intents on words alone
 * (a few microseconds): descriptions get the first, short replies at a question can get the second.
 */
public record TwoSpeedClassifier(TextClassifier full, TextClassifier quick) implements TextClassifier {
    @Override
    public Classification classify(String text) {
        return full.classify(text);
    }

    @Override
    public Classification classifyQuickly(String text) {
        return quick.classify(text);
    }
}
