package supportbot.knowledge;

/** The knowledge or phrase file has a mistake; the message names the file and the entry. */
public final class InvalidKnowledgeException extends RuntimeException {
    public InvalidKnowledgeException(String file, String entry, String problem) {
        super(file + ": " + entry + ": " + problem);
    }
}
