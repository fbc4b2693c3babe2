package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import supportbot.testing.TestBot;

/** Properties of the engine itself, beyond any one conversation. */
class DialogEngineTest {
    private static final ConversationKey KEY = new ConversationKey("test", "42");
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void theSameSessionAndEventGiveTheSameOutcome() {
        DialogEngine engine = TestBot.engine();
        Session session = Session.start(KEY);
        Event event = Event.text(KEY, "my backup is stuck on estimating time remaining", 1, NOW);
        assertThat(engine.handle(session, event)).isEqualTo(engine.handle(session, event));
    }

    @Test
    void theEventsTimeSetsLastSeenAndTheIdleDeadline() {
        Outcome outcome = TestBot.engine().handle(Session.start(KEY), Event.text(KEY, "hi", 1, NOW));
        assertThat(outcome.session().lastSeen()).isEqualTo(NOW);
        assertThat(outcome.session().idleDeadline()).isEqualTo(NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void aConversationIdlePastItsDeadlineIsOfferedToContinueOrStartOver() {
        Conversation chat = new Conversation();
        chat.say("icloud storage is full");
        chat.wait(Duration.ofHours(25));
        Reply back = chat.say("no");
        assertThat(back.text()).contains("Welcome back", "Free up iCloud storage");
        assertThat(back.fix()).isEqualTo("free-icloud-storage");
        assertThat(back.buttons()).extracting(Button::label).containsExactly(Labels.CARRY_ON, Labels.START_OVER);
        assertThat(chat.session().attempts()).as("the late 'no' was not taken as an answer").isEmpty();

        assertThat(chat.press(Labels.CARRY_ON).text()).contains("Free up iCloud storage", "Manage Storage");
        assertThat(chat.press(Labels.NOT_FIXED).fix()).isEqualTo("check-icloud-status");
    }

    @Test
    void aConversationWithinItsDeadlineJustContinues() {
        Conversation chat = new Conversation();
        chat.say("icloud storage is full");
        chat.wait(Duration.ofHours(23));
        assertThat(chat.say("no").fix()).isEqualTo("check-icloud-status");
    }

    @Test
    void startingOverAfterAnIdleReturnForgetsTheOldFlow() {
        Conversation chat = new Conversation();
        chat.say("icloud storage is full");
        chat.wait(Duration.ofDays(3));
        chat.say("hello?");
        Reply fresh = chat.press(Labels.START_OVER);
        assertThat(fresh.state()).isEqualTo(State.AWAITING_PROBLEM);
        assertThat(chat.session().intent()).isNull();
    }

    @Test
    void everyQuestionMovesTheTurnOn() {
        DialogEngine engine = TestBot.engine();
        Session first = engine.handle(Session.start(KEY), Event.text(KEY, "icloud is full", 1, NOW)).session();
        Session second = engine.handle(first, Event.text(KEY, "didnt help", 2, NOW)).session();
        assertThat(second.turn()).isGreaterThan(first.turn());
    }

    @Test
    void buttonDataRoundTrips() {
        for (Answer answer : new Answer[] {new Answer.Act(Action.FIXED), new Answer.PickVariant("x-or-later"),
                new Answer.Problem("storage_full", 1.0)}) {
            String data = ButtonData.encode(7, answer);
            assertThat(ButtonData.decode(data)).contains(new ButtonData(7, answer));
        }
    }
}
