package supportbot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads doccat-format files (one {@code label text} per line) and says where a bad line is. */
public final class Samples {
    private Samples() {
    }

    public static List<Sample> read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A data file inside the jar, such as {@code /models/train/intents.txt}. */
    public static List<Sample> readResource(String name) {
        try (InputStream in = Samples.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no " + name + " in the jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** The same, or nothing when the jar has no such file. */
    public static List<Sample> readResourceIfAny(String name) {
        try (InputStream in = Samples.class.getResourceAsStream(name)) {
            return in == null ? List.of() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static List<Sample> parse(List<String> lines, String file) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                Sample sample = Sample.parse(lines.get(i));
                if (sample != null) {
                    samples.add(sample);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(samples);
    }
}
