package supportbot.dialog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One line of a turn test set: the question reached by a prefix, what the person types there, and what
 * must happen. Tab-separated: {@code question<TAB>prefix (inputs joined by " | ")<TAB>typed<TAB>expect}.
 */
public record Turn(String question, List<String> prefix, String typed, String expect, int line) {
    public Turn {
        Objects.requireNonNull(question, "question");
        prefix = List.copyOf(prefix);
        Objects.requireNonNull(typed, "typed");
        Objects.requireNonNull(expect, "expect");
    }

    public static List<Turn> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the turn file " + file + ": " + e.getMessage(), e);
        }
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 4 || f[2].isBlank()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected question, prefix, typed, expect separated by tabs");
            }
            turns.add(new Turn(f[0].strip(), Arrays.stream(f[1].split(" \\| ")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                    f[2], f[3].strip(), i + 1));
        }
        return turns;
    }

    public enum Verdict { RIGHT, REASKED, WRONG_MOVE, NOT_REACHED }

    /**
     * How a turn went: the verdict, what the engine did (in the file's words), where it went, what the bot said
     * last, and how sure the reading of the typed words was (NaN when nothing read them).
     */
    public record Result(Turn turn, Verdict verdict, String got, State after, String said, double confidence) {
        /** Whether the words were read as what was expected, even if the bot then asked to be sure before acting on it. */
        public boolean readRight() {
            return verdict == Verdict.RIGHT || got.equals("sure " + turn.expect());
        }
    }
}
