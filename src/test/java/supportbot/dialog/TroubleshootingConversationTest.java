package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static supportbot.dialog.Labels.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole conversations, from the first message to the end, with the real models and knowledge. */
class TroubleshootingConversationTest {

    @Test
    void storageFullIsFixedAtTheFirstStep() {
        Conversation chat = new Conversation();
        Reply first = chat.say("it says my icloud storage is full and the backup cant run");
        assertThat(first.intent()).isEqualTo("storage_full");
        assertThat(first.fix()).isEqualTo("free-icloud-storage");
        assertThat(first.state()).isEqualTo(State.ON_STEP);
        assertThat(first.text()).contains("Manage Storage");

        Reply done = chat.press(FIXED);
        assertThat(done.state()).isEqualTo(State.RESOLVED);
        assertThat(done.text()).containsIgnoringCase("wi-fi").containsIgnoringCase("plugged in").containsIgnoringCase("lock");
        assertThat(chat.tried()).containsExactly("free-icloud-storage:FIXED");
    }

    @Test
    void wifiIsNotFixedUntilTheFixesRunOut() {
        Conversation chat = new Conversation();
        assertThat(chat.say("my wifi keeps dropping out at home").fix()).isEqualTo("check-wifi");
        assertThat(chat.press(NOT_FIXED).fix()).isEqualTo("restart-iphone");
        assertThat(chat.last().state()).isEqualTo(State.CHOOSING_VARIANT);
        assertThat(chat.press("iPhone X or later").state()).isEqualTo(State.ON_STEP);
        assertThat(chat.press(NOT_FIXED).fix()).isEqualTo("reset-settings");
        assertThat(chat.last().state()).isEqualTo(State.CONFIRMING);
        assertThat(chat.press("✅ Yes, reset").state()).isEqualTo(State.ON_STEP);
        assertThat(chat.press(NOT_FIXED).fix()).isEqualTo("update-ios");

        Reply end = chat.press(NOT_FIXED);
        assertThat(end.state()).isEqualTo(State.OUT_OF_FIXES);
        assertThat(end.fix()).isNull();
        assertThat(end.text()).contains("Connect to Wi-Fi", "Restart your iPhone", "Reset all settings", "Update iOS");
        assertThat(end.buttons()).extracting(Button::label).containsExactly(HUMAN, START_OVER);
        assertThat(chat.session().attempts()).extracting(Attempt::result).containsOnly(Attempt.Result.NOT_FIXED);
    }

    @Test
    void notFixedInTheUsersOwnWordsMovesToTheNextFix() {
        Conversation chat = new Conversation();
        chat.say("my iphone hasnt backed up to icloud in weeks");
        assertThat(chat.last().fix()).isEqualTo("enable-icloud-backup");
        assertThat(chat.say("nope still not backing up").fix()).isEqualTo("check-wifi");
        assertThat(chat.say("that worked, thank you!").state()).isEqualTo(State.RESOLVED);
    }

    @Test
    void skipMovesOnAndIsRememberedAsAlreadyTried() {
        Conversation chat = new Conversation();
        chat.say("my iphone hasnt backed up to icloud in weeks");
        Reply next = chat.press(SKIP);
        assertThat(next.fix()).isEqualTo("check-wifi");
        assertThat(chat.say("already did that").fix()).isEqualTo("connect-power");
        assertThat(chat.session().attempts()).extracting(Attempt::result)
                .containsExactly(Attempt.Result.SKIPPED, Attempt.Result.SKIPPED);
    }

    @Test
    void howExplainsTheSameStepInMoreDetailOnce() {
        Conversation chat = new Conversation();
        Reply step = chat.say("icloud storage is full");
        Reply how = chat.press(HOW);
        assertThat(how.fix()).isEqualTo(step.fix());
        assertThat(how.state()).isEqualTo(State.ON_STEP);
        assertThat(how.text()).contains(TestBotFacts.details("free-icloud-storage"));
        // Asked again, the same paragraph is not pasted twice: the bot says it has no more, and the step stays.
        assertThat(chat.say("where do i find that setting?").fix()).isEqualTo("free-icloud-storage");
        assertThat(chat.last().text()).doesNotContain(TestBotFacts.details("free-icloud-storage")).contains("That's all I know");
        assertThat(chat.last().state()).isEqualTo(State.ON_STEP);
    }

    @Test
    void stopEndsPolitelyAndForgetsTheFlow() {
        Conversation chat = new Conversation();
        chat.say("icloud storage is full");
        Reply stopped = chat.press(STOP);
        assertThat(stopped.state()).isEqualTo(State.AWAITING_PROBLEM);
        assertThat(stopped.fix()).isNull();
        assertThat(stopped.buttons()).isEmpty();
        assertThat(chat.session().attempts()).isEmpty();

        chat.say("icloud storage is full");
        assertThat(chat.say("cancel").state()).isEqualTo(State.AWAITING_PROBLEM);
        chat.say("icloud storage is full");
        assertThat(chat.say("/cancel").state()).isEqualTo(State.AWAITING_PROBLEM);
    }

    @Test
    void aNewProblemMidFlowStartsThatProblemWithoutRepeatingAnsweredFixes() {
        Conversation chat = new Conversation();
        chat.say("my iphone hasnt backed up to icloud in weeks");
        chat.press(NOT_FIXED);              // enable-icloud-backup
        chat.press(NOT_FIXED);              // check-wifi
        Reply switched = chat.say("actually it says my icloud storage is full, not enough space for the backup");
        assertThat(switched.intent()).isEqualTo("storage_full");
        assertThat(switched.fix()).isEqualTo("free-icloud-storage");
        assertThat(switched.text()).contains(Labels.label(supportbot.knowledge.Phrase.NEW_PROBLEM)
                .replace("{summary}", "iCloud storage is full"));
    }

    @Test
    void aFixIsNeverOfferedTwiceInOneConversation() {
        Conversation chat = new Conversation();
        chat.say("my wifi keeps dropping");
        chat.press(NOT_FIXED);                                      // check-wifi
        chat.say("my iphone hasnt backed up to icloud in weeks");   // backup_not_happening lists check-wifi too
        for (int i = 0; i < 20 && chat.last().state() != State.OUT_OF_FIXES; i++) {
            Reply last = chat.last();
            switch (last.state()) {
                case CHOOSING_VARIANT -> chat.press("iPhone 8 or earlier");
                case CONFIRMING -> chat.press("❌ No, skip this");
                case CHECKING -> chat.press("✅ Yes, it's green");
                default -> chat.press(NOT_FIXED);
            }
        }
        List<String> offered = chat.transcript().stream()
                .filter(r -> r.fix() != null)
                .map(Reply::fix)
                .distinct()
                .toList();
        List<String> tried = chat.session().attempts().stream().map(Attempt::fixId).toList();
        assertThat(tried).doesNotHaveDuplicates();
        assertThat(tried).hasSameElementsAs(offered);
        assertThat(chat.last().state()).isEqualTo(State.OUT_OF_FIXES);
    }

    @Test
    void startOverAfterTheFixesRunOutOffersEveryFixAgain() {
        Conversation chat = new Conversation();
        chat.say("my phone wont charge");
        while (chat.last().state() != State.OUT_OF_FIXES) {
            chat.press(chat.last().state() == State.CHOOSING_VARIANT ? "iPhone X or later" : NOT_FIXED);
        }
        chat.press(START_OVER);
        assertThat(chat.session().attempts()).isEmpty();
        assertThat(chat.say("my phone wont charge").fix()).isEqualTo("connect-power");
    }
}
