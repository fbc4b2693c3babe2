package supportbot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where the models and their data live under {@code models/}: {@code train/NAME.txt} (training data),
 * {@code test/NAME.txt} (held-out test set), {@code NAME.bin} (the model) and {@code NAME.sha256}
 * (fingerprint of the data and settings the model was built from, to catch a stale model).
 * Models load from the folder when it has them. Otherwise the shipped pack's ({@code fromJar}) come from the
 * jar, and so does the reply model of every pack: "done" and "still failing" mean the same in any topic.
 */
public record ModelFiles(Path dir, boolean fromJar) {

    /** A folder of models of its own (a candidate, another pack): only the reply model may come from the jar. */
    public ModelFiles(Path dir) {
        this(dir, false);
    }

    public Path trainingData(ModelKind kind) {
        return dir.resolve("train").resolve(kind.dataStem() + ".txt");
    }

    public Path testData(ModelKind kind) {
        return dir.resolve("test").resolve(kind.dataStem() + ".txt");
    }

    public Path model(ModelKind kind) {
        return dir.resolve(kind.fileStem() + ".bin");
    }

    public Path fingerprint(ModelKind kind) {
        return dir.resolve(kind.fileStem() + ".sha256");
    }

    public void save(ModelKind kind, ClassifierModel model, String fingerprint) {
        try {
            Files.createDirectories(dir);
            Files.write(model(kind), ModelTrainer.serialize(model));
            Files.writeString(fingerprint(kind), fingerprint + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The model as a classifier; its sentence embedding, if it reads one, is loaded once per process. */
    public TextClassifier classifier(ModelKind kind) {
        return new OpenNlpClassifier(load(kind), MiniLmEmbedder::new);
    }

    /** The intent model, with its words-only twin for quick readings. */
    public TextClassifier intents() {
        return new TwoSpeedClassifier(classifier(ModelKind.INTENTS), classifier(ModelKind.QUICK_INTENTS));
    }

    public ClassifierModel load(ModelKind kind) {
        Path file = model(kind);
        String resource = "/models/" + kind.fileStem() + ".bin";
        if (!Files.exists(file) && !fromJar && kind != ModelKind.REPLIES) {
            throw new IllegalStateException("no " + kind.fileStem() + " model in " + dir + ": run 'train' for this pack");
        }
        try (InputStream in = Files.exists(file)
                ? Files.newInputStream(file)
                : ModelFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + kind.fileStem() + " model: neither " + file
                        + " nor " + resource + " in the jar; run 'train'");
            }
            return ClassifierModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model " + file + ": " + e.getMessage(), e);
        }
    }

    public String recordedFingerprint(ModelKind kind) {
        try {
            return Files.readString(fingerprint(kind), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 over the training file and the settings: what the shipped model must match. */
    public String currentFingerprint(ModelKind kind, TrainingSettings settings) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Files.readAllBytes(trainingData(kind)));
            sha.update(settings.fingerprint().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
