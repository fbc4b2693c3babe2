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
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the models and their data live under {@code models/}: {@code train/intents.txt} and the folder
 * {@code train/answers/} (training data), {@code test/} (held-out test sets), {@code NAME.bin} (the model)
 * and {@code NAME.sha256} (fingerprint of the data and settings the model was built from, to catch a stale
 * model). Models load from the folder when it has them. Otherwise the shipped pack's ({@code fromJar}) come
 * from the jar, and so does the model of answers of every pack that has none of its own: "done" and "still
 * failing" mean the same in any topic.
 */
public record ModelFiles(Path dir, boolean fromJar) {

    /** A folder of models of its own (a candidate, another pack): only the model of answers may come from the jar. */
    public ModelFiles(Path dir) {
        this(dir, false);
    }

    /** The training data: the intents file, or the folder of answer files. */
    public Path trainingData(ModelKind kind) {
        return kind == ModelKind.ANSWERS ? dir.resolve("train").resolve("answers") : dir.resolve("train").resolve("intents.txt");
    }

    /** The held-out problem descriptions. */
    public Path testIntents() {
        return dir.resolve("test").resolve("intents.txt");
    }

    /** One answer file of the training data by name, such as "step". */
    public Path answerFile(String name) {
        return trainingData(ModelKind.ANSWERS).resolve(name + ".txt");
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

    /** The intent model as a classifier; its sentence embedding is loaded once per process. */
    public TextClassifier intents() {
        return new OpenNlpClassifier(load(ModelKind.INTENTS), SharedEmbedder::get);
    }

    /** The model of answers as a reader; the same embedding as the intent model's. */
    public AnswerReader answers() {
        return new AnswerClassifier(load(ModelKind.ANSWERS), SharedEmbedder::get);
    }

    public ClassifierModel load(ModelKind kind) {
        Path file = model(kind);
        String resource = "/models/" + kind.fileStem() + ".bin";
        if (!Files.exists(file) && !fromJar && kind != ModelKind.ANSWERS) {
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

    /** SHA-256 over the training data (every answer file, by name) and the settings: what the shipped model must match. */
    public String currentFingerprint(ModelKind kind, TrainingSettings settings) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : dataFiles(kind)) {
                sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(file));
            }
            sha.update(settings.fingerprint().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The files a model is trained on, in a fixed order. */
    public List<Path> dataFiles(ModelKind kind) throws IOException {
        Path data = trainingData(kind);
        if (kind == ModelKind.INTENTS) {
            return List.of(data);
        }
        if (!Files.isDirectory(data)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(data)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }
}
