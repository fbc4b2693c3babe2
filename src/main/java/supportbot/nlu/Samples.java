package supportbot.nlu;

import java.io.IOException;
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
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
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
