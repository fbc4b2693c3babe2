package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static supportbot.dialog.Labels.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import supportbot.knowledge.Phrase;
import supportbot.testing.TestBot;

/** Rules found in review: presses that were never offered, sessions from an older knowledge file, and friends. */
class RobustnessTest {

    @Test
    void aPressOfAButtonThisQuestionDidNotOfferIsStale() {
        Conversation chat = new Conversation();
        chat.say("my wifi keeps dropping out at home");
        chat.press(NOT_FIXED);
        chat.press("iPhone X or later");
        chat.press(NOT_FIXED);
        assertThat(chat.last().state()).isEqualTo(State.CONFIRMING);
        int turn = chat.session().turn();
        for (Action sneaky : List.of(Action.FIXED, Action.CONTINUE, Action.ANOTHER_PROBLEM, Action.WAIT)) {
            Reply reply = chat.pressData(ButtonData.encode(chat.session().turn(), new Answer.Act(sneaky)));
            assertThat(reply.text()).startsWith(label(Phrase.STALE_BUTTON));
        }
        assertThat(chat.session().state()).isEqualTo(State.CONFIRMING);
        assertThat(chat.session().turn()).isGreaterThan(turn);
        assertThat(chat.session().attempts()).extracting(Attempt::result).doesNotContain(Attempt.Result.FIXED);
    }

    @Test
    void aSessionNamingAFixTheKnowledgeNoLongerHasStartsAfresh() {
        ConversationKey key = new ConversationKey("test", "old");
        Session old = new Session(key, State.ON_STEP, 7, "storage_full", "full", 0.9, List.of("update-ios"),
                "defragment-icloud", null, List.of(new Attempt("free-icloud-storage", Attempt.Result.NOT_FIXED, null)),
                List.of(), null, null, null, 0, null, null, List.of(), null);
        Outcome outcome = TestBot.engine().handle(old, Event.text(key, "no", 1, Instant.parse("2026-11-25T10:00:00Z")));
        assertThat(outcome.session().fix()).isNotEqualTo("defragment-icloud");
        assertThat(outcome.session().turn()).as("old buttons stay stale").isGreaterThan(7);
    }

    @Test
    void aFixLeftForAnotherProblemIsNotOfferedAgain() {
        Conversation chat = new Conversation();
        chat.say("my wifi keeps dropping out at home");
        assertThat(chat.last().fix()).isEqualTo("check-wifi");
        chat.say("also my photos wont upload to icloud at all");
        assertThat(chat.last().intent()).isEqualTo("photos_not_uploading");
        assertThat(chat.tried()).containsExactly("check-wifi:INTERRUPTED");
        assertThat(chat.session().plan()).doesNotContain("check-wifi");
    }

    @Test
    void waitingForAppleKeepsWhatWasTried() {
        Conversation chat = new Conversation();
        chat.say("backup failed with an error message");
        chat.press("❌ No, it's not green");
        chat.press(WAIT);
        assertThat(chat.tried()).containsExactly("check-icloud-status:OUTAGE");
        Reply later = chat.say("backup failed with an error message");
        assertThat(later.fix()).isEqualTo("free-icloud-storage");
    }

    @Test
    void theSameProblemAgainAfterAFixSeemedToWorkGoesOnWithTheNextFix() {
        Conversation chat = new Conversation();
        chat.say("my wifi keeps dropping out at home");
        assertThat(chat.last().fix()).isEqualTo("check-wifi");
        chat.press(FIXED);
        chat.press(HELPFUL);
        Reply later = chat.say("my wifi keeps dropping out at home");
        assertThat(later.fix()).isNotNull().isNotEqualTo("check-wifi");
        String alreadyTried = label(Phrase.ALREADY_TRIED);
        assertThat(later.text()).as("says what it leaves out").contains(alreadyTried.substring(0, alreadyTried.indexOf('{')));
    }

    @Test
    void aQuestionAboutTheGreenDotIsNotTakenAsGreen() {
        Conversation chat = new Conversation();
        chat.say("is icloud down right now?");
        Reply reply = chat.say("where do i find the green dot?");
        assertThat(reply.fix()).isEqualTo("check-icloud-status");
        assertThat(chat.session().attempts()).isEmpty();
    }

    @Test
    void aPasswordInTheProblemIsNotKept() {
        Conversation chat = new Conversation();
        chat.say("backup failed and it keeps asking for my apple id password, my password is Hunter2");
        assertThat(chat.session().problem()).doesNotContain("Hunter2").contains("[hidden]");
    }

    @Test
    void aReadingPolicyThatWouldActOnLessThanItDoubtsIsRefused() {
        assertThatThrownBy(() -> new ReadingPolicy(0.4, 0.6, 0.3, 0.7, 0.9)).hasMessageContaining("doubt <= act");
    }
}
