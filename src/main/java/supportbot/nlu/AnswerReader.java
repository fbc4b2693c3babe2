package supportbot.nlu;

/**
 * Reads a message as an answer to one question: every label that question can be answered with, most
 * likely first, with probabilities over those labels only. Implementations are safe to share between threads.
 */
public interface AnswerReader {
    Classification read(String question, String text);
}
