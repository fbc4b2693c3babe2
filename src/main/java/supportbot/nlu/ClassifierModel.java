package supportbot.nlu;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained OpenNLP maxent model with the features it reads and, for a model of answers, the labels each
 * question can be answered with. On disk, a zip of {@code features.properties}, {@code questions.properties}
 * and {@code maxent.bin} (OpenNLP's own binary format). OpenNLP's doccat model cannot pass feature values
 * (an embedding's dimensions), so the classifier calls the maxent model itself.
 */
public record ClassifierModel(MaxentModel maxent, FeatureSet features, Map<String, List<String>> questions) {
    private static final String FEATURES = "features.properties";
    private static final String QUESTIONS = "questions.properties";
    private static final String MAXENT = "maxent.bin";

    public ClassifierModel {
        questions = Map.copyOf(questions);
    }

    /** A model of problem descriptions: no questions. */
    public ClassifierModel(MaxentModel maxent, FeatureSet features) {
        this(maxent, features, Map.of());
    }

    public void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(FEATURES));
        features.toProperties().store(zip, "what the model reads from a message");
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(QUESTIONS));
        Properties labels = new Properties();
        questions.forEach((question, names) -> labels.setProperty(question, String.join(",", names)));
        labels.store(zip, "the labels each question is answered with");
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(MAXENT));
        ByteArrayOutputStream model = new ByteArrayOutputStream();
        new GenericModelWriter((AbstractModel) maxent, new DataOutputStream(model)).persist();
        model.writeTo(zip);
        zip.closeEntry();
        zip.finish();
    }

    public static ClassifierModel read(InputStream in) throws IOException {
        Properties properties = null;
        Map<String, List<String>> questions = new TreeMap<>();
        MaxentModel maxent = null;
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            switch (entry.getName()) {
                case FEATURES -> {
                    properties = new Properties();
                    properties.load(zip);
                }
                case QUESTIONS -> {
                    Properties labels = new Properties();
                    labels.load(zip);
                    labels.stringPropertyNames().forEach(q -> questions.put(q, List.of(labels.getProperty(q).split(","))));
                }
                // Buffered: the reader takes the model a number at a time.
                case MAXENT -> maxent = new GenericModelReader(new BinaryFileDataReader(new java.io.BufferedInputStream(zip, 1 << 16))).getModel();
                default -> { }
            }
        }
        if (properties == null || maxent == null) {
            throw new IOException("not a supportbot model (it needs " + FEATURES + " and " + MAXENT + "): run 'train'");
        }
        return new ClassifierModel(maxent, FeatureSet.from(properties), questions);
    }
}
