package supportbot.channel.telegram;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import supportbot.dialog.Button;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Event;
import supportbot.dialog.Reply;
import supportbot.pipeline.Bot;
import supportbot.store.InMemorySessionStore;
import supportbot.testing.TestBot;

/**
 * The harnesses' oracle: what the bot says to each line of a conversation, played on the same engine in
 * this process, with no network and no faults, rendered as Telegram messages. A line "#button:label"
 * presses the button of that label on the last message that had buttons.
 */
final class ReferenceReplies {
    /** One line and the texts of the messages it must bring; {@code pressData} for a button press. */
    record Turn(String line, String pressData, List<String> texts) {
    }

    private ReferenceReplies() {
    }

    static List<Turn> of(List<String> lines, long chatId) {
        Bot bot = new Bot(TestBot.engine(), new InMemorySessionStore(), "sorry");
        ConversationKey key = new ConversationKey(UpdateReader.CHANNEL, String.valueOf(chatId));
        List<Button> buttons = List.of();
        List<Turn> turns = new ArrayList<>();
        Instant at = Instant.now();
        int messageId = 1;
        for (String line : lines) {
            String data = null;
            Event event;
            if (line.startsWith("#button:")) {
                String label = line.substring("#button:".length());
                data = buttons.stream().filter(b -> b.label().equals(label)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no button '" + label + "' on offer")).data();
                event = Event.press(key, data, messageId++, at);
            } else {
                event = Event.text(key, UpdateReader.printable(line), messageId++, at);
            }
            List<String> texts = new ArrayList<>();
            for (Reply reply : bot.handle(event)) {
                if (!reply.forSupport()) {
                    ReplyRenderer.render(chatId, reply).forEach(m -> texts.add((String) m.getParameters().get("text")));
                    if (!reply.buttons().isEmpty()) {
                        buttons = reply.buttons();
                    }
                }
            }
            turns.add(new Turn(line, data, texts));
        }
        return turns;
    }

    /** How far a chat's received texts follow the turns: matched messages, duplicates, or the first stray text. */
    record Progress(int matched, List<Integer> duplicates, String stray) {
    }

    /**
     * Walks the texts a chat received against the expected ones: a text equal to the next expected one
     * advances; equal to the last matched one, it is a duplicate (its index in {@code received} is kept);
     * anything else is stray, a wrong or repeated move.
     */
    static Progress follow(List<String> expected, List<String> received) {
        int matched = 0;
        List<Integer> duplicates = new ArrayList<>();
        for (int i = 0; i < received.size(); i++) {
            String text = received.get(i);
            if (matched < expected.size() && text.equals(expected.get(matched))) {
                matched++;
            } else if (matched > 0 && text.equals(expected.get(matched - 1))) {
                duplicates.add(i);
            } else {
                return new Progress(matched, duplicates, text);
            }
        }
        return new Progress(matched, duplicates, null);
    }

    static List<String> flatten(List<Turn> turns) {
        return turns.stream().flatMap(t -> t.texts().stream()).toList();
    }
}
