package supportbot.channel.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Locale;
import supportbot.pipeline.Bot;
import supportbot.dialog.Button;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Event;
import supportbot.dialog.Reply;

/**
 * Reads one user message per line and prints the bot's replies. For a person, buttons are numbered
 * and typing the number presses one; with JSON lines, a line {@code #button:<label>} presses the
 * button with that label and each reply is one JSON object.
 */
public final class ConsoleChat {
    static final String BUTTON_PREFIX = "#button:";
    private static final Set<String> LEAVE = Set.of("quit", "exit", "/quit", "/exit");

    private final Bot bot;
    private final ConversationKey key;
    private final Clock clock;
    private final boolean jsonLines;
    private List<Button> offered = List.of();
    private long messageId;

    public ConsoleChat(Bot bot, ConversationKey key, Clock clock, boolean jsonLines) {
        this.bot = bot;
        this.key = key;
        this.clock = clock;
        this.jsonLines = jsonLines;
    }

    public void run(BufferedReader in, PrintStream out) throws IOException {
        if (!jsonLines) {
            out.println("(Type your answers, or a button's number. To leave: quit, exit or Ctrl-D. The chat is kept.)");
            show(bot.handle(Event.text(key, "/start", ++messageId, clock.instant())), out);
            out.print("> ");
            out.flush();
        }
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!jsonLines && LEAVE.contains(line.strip().toLowerCase(Locale.ROOT))) {
                break;
            }
            show(bot.handle(toEvent(line)), out);
            if (jsonLines) {
                out.println(JsonLines.TURN_END);   // a program driving the chat knows the bot has finished answering
            } else {
                out.print("> ");
            }
            out.flush();
        }
        if (!jsonLines) {
            out.println();
        }
    }

    private Event toEvent(String line) {
        messageId++;
        Optional<Button> pressed = jsonLines ? byLabel(line) : byNumber(line);
        if (pressed.isPresent()) {
            return Event.press(key, pressed.get().data(), messageId, clock.instant());
        }
        if (jsonLines && line.startsWith(BUTTON_PREFIX)) {
            // No such button on the last message: the engine answers it as a stale press.
            return Event.press(key, "", messageId, clock.instant());
        }
        return Event.text(key, line, messageId, clock.instant());
    }

    private Optional<Button> byLabel(String line) {
        if (!line.startsWith(BUTTON_PREFIX)) {
            return Optional.empty();
        }
        String label = line.substring(BUTTON_PREFIX.length()).strip();
        return offered.stream().filter(b -> b.label().equals(label)).findFirst();
    }

    private Optional<Button> byNumber(String line) {
        String trimmed = line.strip();
        if (!trimmed.matches("\\d{1,2}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(trimmed);
        return number >= 1 && number <= offered.size() ? Optional.of(offered.get(number - 1)) : Optional.empty();
    }

    private void show(List<Reply> replies, PrintStream out) {
        for (Reply reply : replies) {
            if (jsonLines) {
                out.println(JsonLines.format(reply));
            } else {
                out.println();
                out.println(reply.text());
                for (int i = 0; i < reply.buttons().size(); i++) {
                    out.printf("  [%d] %s%n", i + 1, reply.buttons().get(i).label());
                }
                out.println();
            }
        }
        if (!replies.isEmpty()) {
            offered = replies.get(replies.size() - 1).buttons();
        }
    }
}
