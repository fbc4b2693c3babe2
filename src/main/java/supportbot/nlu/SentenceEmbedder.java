package supportbot.nlu;

/**
 * Turns a message into a fixed-length vector that places messages of similar meaning close together
 * ("my cloud is maxed out" near "iCloud storage is full", though they share no word). Implementations are
 * safe to share between threads.
 */
public interface SentenceEmbedder {
    /** The model's name and version, recorded in every classifier trained on it. */
    String name();

    /** A unit-length vector. */
    float[] embed(String text);
}
