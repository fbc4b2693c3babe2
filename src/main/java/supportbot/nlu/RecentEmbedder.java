package supportbot.nlu;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the vectors of the most recent distinct messages, up to {@code capacity}: a message read as an
 * answer and then as a description is embedded once, and the answers people give most ("no", "done", "didn't
 * work") cost nothing after the first time. Least recently used first out; thread-safe.
 */
public final class RecentEmbedder implements SentenceEmbedder {
    private final SentenceEmbedder embedder;
    private final Map<String, float[]> vectors;

    public RecentEmbedder(SentenceEmbedder embedder, int capacity) {
        this.embedder = embedder;
        this.vectors = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public String name() {
        return embedder.name();
    }

    @Override
    public float[] embed(String text) {
        synchronized (vectors) {
            float[] known = vectors.get(text);
            if (known != null) {
                return known;
            }
        }
        // Embedded outside the lock: two threads may both embed a new message, which is harmless.
        float[] vector = embedder.embed(text);
        synchronized (vectors) {
            vectors.put(text, vector);
        }
        return vector;
    }
}
