package supportbot.lint;

/** One thing wrong with a knowledge pack, where it is (line 0: the file as a whole). */
public record LintProblem(Severity severity, String file, int line, String message) {

    public enum Severity { ERROR, WARNING }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
