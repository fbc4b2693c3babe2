package supportbot.testing;

import java.time.Instant;
import supportbot.dialog.Button;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Event;
import supportbot.dialog.Reply;
import supportbot.knowledge.Phrase;
import supportbot.pipeline.Bot;

/** One user's side of a conversation with a bot: words or button labels, each a minute after the last. */
public final class TestUser {
    private final Bot bot;
    private final ConversationKey key;
    private Instant at;
    private long messageId;
    private Reply last;

    public TestUser(Bot bot, String id, Instant start) {
        this.bot = bot;
        this.key = new ConversationKey("telegram", id);
        this.at = start;
    }

    public TestUser says(String text) {
        return handled(Event.text(key, text, ++messageId, at = at.plusSeconds(60)));
    }

    public TestUser presses(Phrase label) {
        return presses(TestBot.knowledge().phrases().say(label));
    }

    /** Presses the button of that label under the bot's last message to the user. */
    public TestUser presses(String label) {
        String data = last.buttons().stream().filter(b -> b.label().equals(label)).map(Button::data).findFirst()
                .orElseThrow(() -> new AssertionError("no " + label + " under " + last.text()));
        return handled(Event.press(key, data, ++messageId, at = at.plusSeconds(60)));
    }

    private TestUser handled(Event event) {
        last = bot.handle(event).stream().filter(r -> !r.forSupport()).reduce((a, b) -> b).orElse(last);
        return this;
    }
}
