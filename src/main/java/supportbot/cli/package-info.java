/** The command line: {@code java -jar supportbot.jar [chat|classify|train|eval]} (picocli). */
package supportbot.cli;
