package supportbot.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import supportbot.nlu.Intent;
import supportbot.nlu.ModelTrainer;
import supportbot.nlu.Sample;
import supportbot.nlu.TextClassifier;
import supportbot.nlu.TrainingSettings;

/**
 * This project's NLU pipeline (same normaliser, features and trainer as the bot) trained on each public
 * corpus's train split and tested on its test split, beside the published results of
 * ../shared/nlu-data/INDEX.md. Nothing here is tuned on a test split.
 */
final class CorpusBench {
    private final TrainingSettings settings;

    CorpusBench(TrainingSettings settings) {
        this.settings = settings;
    }

    /** Braun et al. 2017: accuracy per corpus and pooled over all 274 test messages. */
    String braun(Path dir) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "  %-16s %6s %6s %6s %6s %6s %6s   %s%n",
                "corpus", "ours", "LUIS", "Watson", "Dialog", "Rasa", "NLP.js", "test messages, train seconds"));
        String[][] published = {
                {"Chatbot", "0.98", "0.97", "0.93", "0.98", "0.99"},
                {"AskUbuntu", "0.90", "0.92", "0.85", "0.86", "0.94"},
                {"WebApplications", "0.81", "0.83", "0.80", "0.74", "0.80"}};
        int right = 0;
        int total = 0;
        for (String[] row : published) {
            JsonArray sentences = JsonParser.parseString(Files.readString(dir.resolve(row[0] + "Corpus.json"),
                    StandardCharsets.UTF_8)).getAsJsonObject().getAsJsonArray("sentences");
            List<Sample> train = new ArrayList<>();
            List<Sample> test = new ArrayList<>();
            for (JsonElement e : sentences) {
                JsonObject s = e.getAsJsonObject();
                Sample sample = new Sample(s.get("intent").getAsString().replace(' ', '_'), s.get("text").getAsString());
                (s.get("training").getAsBoolean() ? train : test).add(sample);
            }
            long t0 = System.nanoTime();
            TextClassifier classifier = new ModelTrainer(settings).classifier(train);
            double trainSeconds = (System.nanoTime() - t0) / 1e9;
            int correct = (int) test.stream().filter(s -> classifier.classify(s.text()).top().name().equals(s.label())).count();
            right += correct;
            total += test.size();
            out.append(String.format(Locale.ROOT, "  %-16s %6.3f %6s %6s %6s %6s %6s   %d, %.1f s%n", row[0],
                    correct / (double) test.size(), row[1], row[2], row[3], row[4], row[5], test.size(), trainSeconds));
        }
        out.append(String.format(Locale.ROOT, "  %-16s %6.3f %6s %6s %6s %6s %6s   %d%n", "overall (pooled)",
                right / (double) total, "0.91", "0.92", "0.87", "0.88", "0.93", total));
        return out.toString();
    }

    /** CLINC150: in-scope accuracy and out-of-scope recall, OOS as a class, then with a threshold picked on val. */
    String clinc(Path file) throws IOException {
        JsonObject data = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
        List<Sample> train = samples(data, "train");
        train.addAll(samples(data, "oos_train"));
        long t0 = System.nanoTime();
        TextClassifier classifier = new ModelTrainer(settings).classifier(train);
        double trainSeconds = (System.nanoTime() - t0) / 1e9;

        List<Sample> val = samples(data, "val");
        List<Sample> oosVal = samples(data, "oos_val");
        List<Intent> valTops = val.stream().map(s -> classifier.classify(s.text()).top()).toList();
        List<Intent> oosValTops = oosVal.stream().map(s -> classifier.classify(s.text()).top()).toList();
        // Two ways of picking on val: the most in-scope accuracy plus OOS recall (which gives up many right
        // answers for refusals), and the most OOS recall that costs at most 2 points of in-scope accuracy
        // (a support bot had rather answer than refuse).
        double balanced = 0;
        double cautious = 0;
        double bestSum = -1;
        double bestRecall = -1;
        double unthresholded = inScope(val, valTops, 0);
        for (int step = 0; step <= 45; step++) {
            double t = step * 0.02;
            double in = inScope(val, valTops, t);
            double recall = oosRecall(oosValTops, t);
            if (in + recall > bestSum) {
                bestSum = in + recall;
                balanced = t;
            }
            if (in >= unthresholded - 0.02 && recall > bestRecall) {
                bestRecall = recall;
                cautious = t;
            }
        }
        List<Sample> test = samples(data, "test");
        List<Intent> testTops = test.stream().map(s -> classifier.classify(s.text()).top()).toList();
        List<Intent> oosTops = samples(data, "oos_test").stream().map(s -> classifier.classify(s.text()).top()).toList();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "  %-44s %9s %12s%n", "", "in-scope", "OOS recall"));
        out.append(String.format(Locale.ROOT, "  %-44s %8.1f%% %11.1f%%%n", "ours, OOS as a class",
                100 * inScope(test, testTops, 0), 100 * oosRecall(oosTops, 0)));
        for (double[] pick : new double[][] {{balanced, 0}, {cautious, 1}}) {
            out.append(String.format(Locale.ROOT, "  %-44s %8.1f%% %11.1f%%%n",
                    String.format(Locale.ROOT, "ours, + threshold %.2f (val: %s)", pick[0],
                            pick[1] == 0 ? "max in-scope + recall" : "in-scope -2 pts"),
                    100 * inScope(test, testTops, pick[0]), 100 * oosRecall(oosTops, pick[0])));
        }
        for (String[] p : new String[][] {{"SVM (bag of words), OOS as class", "91.0", "14.5"},
                {"Dialogflow, OOS as class", "91.7", "14.0"}, {"Rasa, OOS as class", "91.5", "45.3"},
                {"MLP, OOS as class", "93.5", "47.4"}, {"BERT, OOS as class", "96.9", "40.3"},
                {"BERT, threshold", "96.2", "52.3"}}) {
            out.append(String.format(Locale.ROOT, "  %-44s %8s%% %11s%%%n", "published: " + p[0], p[1], p[2]));
        }
        out.append(String.format(Locale.ROOT, "  trained on %,d messages in %.1f s%n", train.size(), trainSeconds));
        return out.toString();
    }

    private static double inScope(List<Sample> samples, List<Intent> tops, double threshold) {
        int right = 0;
        for (int i = 0; i < samples.size(); i++) {
            Intent top = tops.get(i);
            if (top.confidence() >= threshold && top.name().equals(samples.get(i).label())) {
                right++;
            }
        }
        return right / (double) samples.size();
    }

    private static double oosRecall(List<Intent> tops, double threshold) {
        return tops.stream().filter(t -> t.name().equals("oos") || t.confidence() < threshold).count() / (double) tops.size();
    }

    private static List<Sample> samples(JsonObject data, String split) {
        List<Sample> samples = new ArrayList<>();
        for (JsonElement e : data.getAsJsonArray(split)) {
            JsonArray pair = e.getAsJsonArray();
            samples.add(new Sample(pair.get(1).getAsString(), pair.get(0).getAsString()));
        }
        return samples;
    }
}
