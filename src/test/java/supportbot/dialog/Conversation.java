package supportbot.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import supportbot.testing.TestBot;

/**
 * A conversation with the real engine, written as a script: {@code say("...")}, {@code press("label")}.
 * Every reply is checked against the rules that hold everywhere: a reply that waits for an answer has
 * buttons, and button data fit in Telegram's 64 bytes.
 */
final class Conversation {
    private final DialogEngine engine;
    private Session session;
    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final List<Reply> transcript = new ArrayList<>();
    private long messageId;

    Conversation() {
        this(TestBot.engine());
    }

    Conversation(DialogEngine engine) {
        this.engine = engine;
        this.session = Session.start(new ConversationKey("test", "1"));
    }

    Reply say(String text) {
        return handle(Event.text(session.key(), text, ++messageId, tick()));
    }

    Reply press(String label) {
        Reply last = last();
        Button button = last.buttons().stream()
                .filter(b -> b.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "' under: " + last.text()
                        + "\nbuttons: " + last.buttons()));
        return pressData(button.data());
    }

    Reply pressData(String data) {
        return handle(Event.press(session.key(), data, ++messageId, tick()));
    }

    Reply last() {
        if (transcript.isEmpty()) {
            fail("nothing said yet");
        }
        return transcript.get(transcript.size() - 1);
    }

    Session session() {
        return session;
    }

    List<Reply> transcript() {
        return List.copyOf(transcript);
    }

    /** Lets time pass before the next message. */
    void wait(Duration idle) {
        now = now.plus(idle);
    }

    private Instant tick() {
        now = now.plus(Duration.ofSeconds(30));
        return now;
    }

    private Reply handle(Event event) {
        Outcome outcome = engine.handle(session, event);
        session = outcome.session();
        assertFalse(outcome.replies().isEmpty(), "every message gets an answer");
        for (Reply reply : outcome.replies()) {
            checkInvariants(reply);
        }
        transcript.addAll(outcome.replies());
        return outcome.replies().get(outcome.replies().size() - 1);
    }

    private void checkInvariants(Reply reply) {
        assertFalse(reply.text().isBlank(), "a reply says something");
        boolean waitsForAnswer = reply.state() != State.AWAITING_PROBLEM;
        if (waitsForAnswer) {
            assertFalse(reply.buttons().isEmpty(), "a question comes with buttons: " + reply.text());
        }
        for (Button button : reply.buttons()) {
            assertTrue(button.data().getBytes(StandardCharsets.UTF_8).length <= 64, "callback data over 64 bytes");
        }
        assertEquals(session.state(), reply.state(), "the reply reports the state the session is in");
    }
}
