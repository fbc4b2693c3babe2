package supportbot.knowledge;

/** The knowledge or phrase file has a mistake; the message names the file and the entry. */
public final class InvalidKnowledgeException extends RuntimeException {
    private final String entry;
    private final String problem;

    public InvalidKnowledgeException(String file, String entry, String problem) {
        super(file + ": " + entry + ": " + problem);
        this.entry = entry;
        this.problem = problem;
    }

    /** The path of the entry in the knowledge file ("fixes.restart-iphone.steps"). */
    public String entry() {
        return entry;
    }

    public String problem() {
        return problem;
    }
}
