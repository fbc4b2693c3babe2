package supportbot.nlu;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.InvalidFormatException;

/**
 * What a model reads from a message: its words, optionally word bigrams and character n-grams, and
 * optionally a sentence embedding's dimensions as real-valued features. Recorded in the model file, so a
 * model is read back the way it was trained.
 *
 * <p>A model of answers also reads which question the message answers ({@code conjoined}): each word and
 * bigram comes twice, once as it is and once tied to the question, with a bias per question. What all questions share ("no", "still nothing") is learnt once; what one question makes of
 * the words ("it's green" at the status check, "it just sits there" after a step) is learnt there.
 */
public record FeatureSet(boolean bigrams, boolean charNgrams, String embedding, double embeddingScale, boolean conjoined) {
    /** The {@link #embedding()} of a model that reads words only. */
    public static final String NO_EMBEDDING = "none";
    // Stateless: one of each serves every message and thread.
    private static final BagOfWordsFeatureGenerator WORDS = new BagOfWordsFeatureGenerator();
    private static final NGramFeatureGenerator BIGRAMS = bigramGenerator();
    private static final CharNgramFeatureGenerator CHAR_NGRAMS = new CharNgramFeatureGenerator();
    private static final String[] EMBEDDING_NAMES = java.util.stream.IntStream.range(0, 1024).mapToObj(i -> "e" + i)
            .toArray(String[]::new);

    public boolean embeds() {
        return !embedding.equals(NO_EMBEDDING);
    }

    /**
     * The features of one message, as names with values. The embedding comes first: every message has all
     * its dimensions, so a training cutoff never drops one and the values stay beside their names.
     */
    Features of(String text, SentenceEmbedder embedder) {
        return of(null, text, embedder);
    }

    /** The same, tied to {@code question} when the set is conjoined and a question is given. */
    Features of(String question, String text, SentenceEmbedder embedder) {
        String[] tokens = TextNormalizer.tokens(text);
        List<String> names = new ArrayList<>();
        float[] vector = embeds() ? embedder.embed(text) : new float[0];
        boolean tied = conjoined && question != null;
        for (int i = 0; i < vector.length; i++) {
            names.add(embeddingName(i));
        }
        int embedded = names.size();
        // Each feature once: a word said forty times in a rant must not outweigh everything else.
        Set<String> strings = new LinkedHashSet<>();
        Map<String, Object> none = Map.of();
        strings.addAll(WORDS.extractFeatures(tokens, none));
        if (bigrams) {
            strings.addAll(BIGRAMS.extractFeatures(tokens, none));
        }
        if (tied) {
            // Words and bigrams tied to the question; character n-grams stay shared (they catch typos).
            List.copyOf(strings).forEach(f -> strings.add(question + "|" + f));
            strings.add("q=" + question);
        }
        if (charNgrams) {
            strings.addAll(CHAR_NGRAMS.extractFeatures(tokens, none));
        }
        names.addAll(strings);
        float[] values = new float[names.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = i < embedded ? (float) (embeddingScale * vector[i]) : 1f;
        }
        return new Features(names.toArray(String[]::new), values, embedded);
    }

    /** The name of the embedding's dimension {@code i} among a model's features. */
    static String embeddingName(int i) {
        return i < EMBEDDING_NAMES.length ? EMBEDDING_NAMES[i] : "e" + i;
    }

    private static NGramFeatureGenerator bigramGenerator() {
        try {
            return new NGramFeatureGenerator(2, 2);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("bigrams", Boolean.toString(bigrams));
        p.setProperty("char-ngrams", Boolean.toString(charNgrams));
        p.setProperty("embedding", embedding);
        p.setProperty("embedding-scale", Double.toString(embeddingScale));
        p.setProperty("conjoined", Boolean.toString(conjoined));
        p.setProperty("normalizer", TextNormalizer.VERSION);
        return p;
    }

    static FeatureSet from(Properties p) {
        if (!TextNormalizer.VERSION.equals(p.getProperty("normalizer"))) {
            throw new IllegalStateException("the model was trained with text normalizer version " + p.getProperty("normalizer")
                    + ", this bot has " + TextNormalizer.VERSION + ": run 'train'");
        }
        return new FeatureSet(Boolean.parseBoolean(p.getProperty("bigrams")), Boolean.parseBoolean(p.getProperty("char-ngrams")),
                p.getProperty("embedding", NO_EMBEDDING), Double.parseDouble(p.getProperty("embedding-scale", "0")),
                Boolean.parseBoolean(p.getProperty("conjoined", "false")));
    }

    /** One message's features: names and, beside each, its value; the first {@code embedded} are the embedding's. */
    record Features(String[] names, float[] values, int embedded) {
    }
}
