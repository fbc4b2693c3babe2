package supportbot.nlu;

/**
 * The one sentence embedding of the process, made on first use: the intent model and the model of answers
 * read the same message with it, and the last vectors are remembered, so a message is embedded once.
 */
final class SharedEmbedder {
    private static volatile SentenceEmbedder instance;

    private SharedEmbedder() {
    }

    static SentenceEmbedder get() {
        SentenceEmbedder e = instance;
        if (e == null) {
            synchronized (SharedEmbedder.class) {
                if (instance == null) {
                    instance = new RecentEmbedder(new MiniLmEmbedder(), 4_096);
                }
                e = instance;
            }
        }
        return e;
    }
}
