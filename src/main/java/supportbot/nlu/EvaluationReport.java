package supportbot.nlu;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/** Accuracy, per-label precision/recall/F1, the confusion matrix and the misses of one evaluation. */
public record EvaluationReport(String title, List<Prediction> predictions) {

    /** One message: its true label, what the model said, and how far that was ahead of the second label. */
    public record Prediction(String text, String expected, String predicted, double confidence, double lead) {
        public Prediction(String text, String expected, String predicted, double confidence) {
            this(text, expected, predicted, confidence, confidence);
        }

        boolean correct() {
            return expected.equals(predicted);
        }
    }

    public EvaluationReport {
        predictions = List.copyOf(predictions);
    }

    public double accuracy() {
        if (predictions.isEmpty()) {
            return 0;
        }
        return predictions.stream().filter(Prediction::correct).count() / (double) predictions.size();
    }

    public List<Prediction> misses() {
        return predictions.stream().filter(p -> !p.correct()).toList();
    }

    /** Rows: true label; columns: predicted label. */
    public Map<String, Map<String, Integer>> confusion() {
        Map<String, Map<String, Integer>> matrix = new TreeMap<>();
        for (String label : labels()) {
            Map<String, Integer> row = new TreeMap<>();
            labels().forEach(l -> row.put(l, 0));
            matrix.put(label, row);
        }
        predictions.forEach(p -> matrix.get(p.expected()).merge(p.predicted(), 1, Integer::sum));
        return matrix;
    }

    public double f1(String label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double precision(String label) {
        long predicted = predictions.stream().filter(p -> p.predicted().equals(label)).count();
        long right = predictions.stream().filter(p -> p.predicted().equals(label) && p.correct()).count();
        return predicted == 0 ? 0 : right / (double) predicted;
    }

    public double recall(String label) {
        long actual = predictions.stream().filter(p -> p.expected().equals(label)).count();
        long right = predictions.stream().filter(p -> p.expected().equals(label) && p.correct()).count();
        return actual == 0 ? 0 : right / (double) actual;
    }

    private TreeSet<String> labels() {
        TreeSet<String> labels = new TreeSet<>();
        predictions.forEach(p -> {
            labels.add(p.expected());
            labels.add(p.predicted());
        });
        return labels;
    }

    public String format() {
        StringBuilder out = new StringBuilder();
        out.append("== ").append(title).append('\n');
        out.append(String.format(Locale.ROOT, "accuracy %.4f (%d of %d)%n",
                accuracy(), predictions.size() - misses().size(), predictions.size()));
        out.append(String.format(Locale.ROOT, "%-22s %9s %9s %9s %7s%n", "label", "precision", "recall", "f1", "n"));
        for (String label : labels()) {
            long n = predictions.stream().filter(p -> p.expected().equals(label)).count();
            out.append(String.format(Locale.ROOT, "%-22s %9.3f %9.3f %9.3f %7d%n",
                    label, precision(label), recall(label), f1(label), n));
        }
        out.append("confusion (rows: true label, columns: predicted, in the order of the rows)\n");
        confusion().forEach((label, row) -> {
            out.append(String.format(Locale.ROOT, "%-22s", label));
            row.values().forEach(count -> out.append(String.format(Locale.ROOT, " %3s", count == 0 ? "." : count)));
            out.append('\n');
        });
        out.append("by confidence (how the dialog thresholds trade answered messages against mistakes)\n");
        thresholds(out, Prediction::confidence, 0.2, 0.85);
        out.append("by lead over the second label\n");
        thresholds(out, Prediction::lead, 0.1, 0.65);
        if (!misses().isEmpty()) {
            out.append("misclassified\n");
            misses().forEach(p -> out.append(String.format(Locale.ROOT, "  %s -> %s (%.2f): %s%n",
                    p.expected(), p.predicted(), p.confidence(), p.text())));
        }
        return out.toString();
    }

    /** For each threshold from {@code from} below {@code to}: how many messages reach it, and how many of those are right. */
    private void thresholds(StringBuilder out, ToDoubleFunction<Prediction> measure, double from, double to) {
        for (double t = from; t < to; t += 0.1) {
            double threshold = t;
            List<Prediction> sure = predictions.stream().filter(p -> measure.applyAsDouble(p) >= threshold).toList();
            long right = sure.stream().filter(Prediction::correct).count();
            out.append(String.format(Locale.ROOT, "  >= %.1f: %5.1f%% of messages, %5.1f%% of them right%n", threshold,
                    100.0 * sure.size() / Math.max(1, predictions.size()), 100.0 * right / Math.max(1, sure.size())));
        }
    }
}
