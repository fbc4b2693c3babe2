package supportbot.nlu;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the vectors of the messages it has embedded: cross-validation trains ten models on the same
 * messages, and embedding each message once saves most of its time. For training and evaluation only, where
 * the messages are a known, bounded set.
 */
public final class CachingEmbedder implements SentenceEmbedder {
    private final SentenceEmbedder embedder;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    public CachingEmbedder(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public String name() {
        return embedder.name();
    }

    @Override
    public float[] embed(String text) {
        return vectors.computeIfAbsent(text, embedder::embed);
    }
}
