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
    private final List<Reply> supportChat = new ArrayList<>();
    private Outcome lastOutcome;
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

    /** The user sends a photo, a sticker or a file. */
    Reply attachment() {
        return handle(Event.attachment(session.key(), ++messageId, tick()));
    }

    /** A person in the support chat writes; returns what the user gets, or null. */
    Reply agentSays(String text) {
        return handle(Event.fromAgent(session.key(), text, "Dana", ++messageId, tick()));
    }

    /** What went to the support chat so far. */
    List<Reply> supportChat() {
        return List.copyOf(supportChat);
    }

    Outcome lastOutcome() {
        return lastOutcome;
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

    /** What was tried so far, as "fix-id:RESULT". */
    List<String> tried() {
        return session.attempts().stream().map(a -> a.fixId() + ":" + a.result()).toList();
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
        lastOutcome = outcome;
        List<Reply> toUser = outcome.replies().stream().filter(r -> !r.forSupport()).toList();
        supportChat.addAll(outcome.replies().stream().filter(Reply::forSupport).toList());
        boolean relayed = session.state() == State.HANDED_OFF || event.input() instanceof Event.Input.FromAgent;
        assertFalse(toUser.isEmpty() && !relayed, "every message gets an answer");
        for (Reply reply : toUser) {
            checkInvariants(reply);
        }
        transcript.addAll(toUser);
        return toUser.isEmpty() ? null : toUser.get(toUser.size() - 1);
    }

    private void checkInvariants(Reply reply) {
        assertFalse(reply.text().isBlank(), "a reply says something");
        // With a person from support, the person answers: relayed messages need no buttons.
        boolean waitsForAnswer = reply.state() != State.AWAITING_PROBLEM && reply.state() != State.HANDED_OFF;
        if (waitsForAnswer) {
            assertFalse(reply.buttons().isEmpty(), "a question comes with buttons: " + reply.text());
        }
        for (Button button : reply.buttons()) {
            assertTrue(button.data().getBytes(StandardCharsets.UTF_8).length <= 64, "callback data over 64 bytes");
        }
        assertEquals(session.state(), reply.state(), "the reply reports the state the session is in");
    }
}
