package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static supportbot.dialog.Labels.*;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import supportbot.knowledge.Branch;
import supportbot.testing.TestBot;

/** The three fixes that ask before or after their steps: restart (which model), status (green?), reset (sure?). */
class BranchesTest {

    /** backup_stuck: check-wifi, free-icloud-storage, check-icloud-status, restart-iphone, ... */
    private static Conversation atRestart() {
        Conversation chat = new Conversation();
        chat.say("the backup is stuck on estimating time remaining for hours");
        chat.press(NOT_FIXED);
        chat.press(NOT_FIXED);
        chat.press("✅ Yes, it's green");
        assertThat(chat.last().fix()).isEqualTo("restart-iphone");
        return chat;
    }

    @Test
    void restartAsksWhichModelBeforeGivingSteps() {
        Reply ask = atRestart().last();
        assertThat(ask.state()).isEqualTo(State.CHOOSING_VARIANT);
        assertThat(ask.buttons()).extracting(Button::label).contains("iPhone X or later", "iPhone 8 or earlier");
        assertThat(ask.text()).doesNotContain("Drag the slider");
    }

    @ParameterizedTest(name = "{0} gets the steps for {1}")
    @CsvSource({
            "iPhone X or later, x-or-later",
            "iPhone 8 or earlier, 8-or-earlier"})
    void eachModelGetsItsOwnSteps(String button, String variant) {
        Conversation chat = atRestart();
        Reply steps = chat.press(button);
        assertThat(steps.state()).isEqualTo(State.ON_STEP);
        assertThat(steps.text()).contains(firstStepOf(variant));
        assertThat(chat.session().variant()).isEqualTo(variant);
    }

    /** A playtester said "It is an iPhone 11" at an earlier fix, and was asked which iPhone she had all the same. */
    @Test
    void theModelToldAtAnEarlierFixIsNotAskedFor() {
        Conversation chat = new Conversation();
        chat.say("the backup is stuck on estimating time remaining for hours");
        chat.say("hang on, my daughter says it is an iphone 11, she set it up for me");
        assertThat(chat.tried()).isEmpty();
        chat.press(NOT_FIXED);
        chat.press(NOT_FIXED);
        Reply restart = chat.press("✅ Yes, it's green");
        assertThat(chat.session().fix()).isEqualTo("restart-iphone");
        assertThat(restart.state()).isEqualTo(State.ON_STEP);
        assertThat(chat.session().variant()).isEqualTo("x-or-later");
    }

    @ParameterizedTest(name = "\"{0}\" picks {1}")
    @CsvSource({
            "i have an iphone 13, x-or-later",
            "iPhone XR, x-or-later",
            "its an iphone 8 plus, 8-or-earlier",
            "iphone se, 8-or-earlier",
            "the one with the home button, 8-or-earlier",
            "'turned it off and on again already, twice. iphone 15 pro btw, we are living in the future', x-or-later",
            "'my grandson gave it to me, he says it is an iphone 7 and it has the round button at the bottom', 8-or-earlier"})
    void aTypedModelPicksItsVariant(String typed, String variant) {
        Conversation chat = atRestart();
        Reply steps = chat.say(typed);
        assertThat(steps.state()).isEqualTo(State.ON_STEP);
        assertThat(steps.text()).contains(firstStepOf(variant));
    }

    @Test
    void anUnclearModelIsAskedAgain() {
        Conversation chat = atRestart();
        Reply again = chat.say("hmm not sure which one");
        assertThat(again.state()).isEqualTo(State.CHOOSING_VARIANT);
        assertThat(again.fix()).isEqualTo("restart-iphone");
    }

    @Test
    void statusNotGreenMeansWaitForApple() {
        Conversation chat = new Conversation();
        Reply check = chat.say("is icloud down right now?");
        assertThat(check.fix()).isEqualTo("check-icloud-status");
        assertThat(check.state()).isEqualTo(State.CHECKING);
        assertThat(check.text()).contains("apple.com/support/systemstatus");

        Reply outage = chat.press("❌ No, it's not green");
        assertThat(outage.state()).isEqualTo(State.OUTAGE);
        assertThat(outage.text()).contains(((Branch.Check) TestBot.knowledge().fix("check-icloud-status").branch()).waitText()
                .replace("{service}", "iCloud Backup"));
        assertThat(chat.tried()).containsExactly("check-icloud-status:OUTAGE");

        Reply waiting = chat.press(WAIT);
        assertThat(waiting.state()).isEqualTo(State.AWAITING_PROBLEM);
        assertThat(waiting.buttons()).isEmpty();
    }

    @Test
    void afterAnOutageTheUserMayKeepTrying() {
        Conversation chat = new Conversation();
        chat.say("is icloud down right now?");
        chat.say("it's red");
        assertThat(chat.last().state()).isEqualTo(State.OUTAGE);
        assertThat(chat.press(CONTINUE).fix()).isEqualTo("free-icloud-storage");
    }

    @Test
    void statusGreenMovesOnToTheNextFix() {
        Conversation chat = new Conversation();
        chat.say("backup failed with an error message");
        assertThat(chat.last().fix()).isEqualTo("check-icloud-status");
        Reply next = chat.say("it's green");
        assertThat(next.fix()).isEqualTo("free-icloud-storage");
        assertThat(chat.tried()).containsExactly("check-icloud-status:CHECK_OK");
    }

    /** wifi_problem: check-wifi, restart-iphone, reset-settings, update-ios. */
    private static Conversation atReset() {
        Conversation chat = new Conversation();
        chat.say("my wifi keeps dropping");
        chat.press(NOT_FIXED);
        chat.press("iPhone X or later");
        chat.press(NOT_FIXED);
        assertThat(chat.last().fix()).isEqualTo("reset-settings");
        return chat;
    }

    @Test
    void resetWarnsWhatItErasesBeforeTheSteps() {
        Reply warning = atReset().last();
        assertThat(warning.state()).isEqualTo(State.CONFIRMING);
        assertThat(warning.text()).contains("Wi-Fi passwords").doesNotContain("Reset All Settings");
        assertThat(warning.buttons()).extracting(Button::label).contains("✅ Yes, reset", "❌ No, skip this");
    }

    @Test
    void confirmingTheResetGivesItsSteps() {
        Conversation chat = atReset();
        Reply steps = chat.press("✅ Yes, reset");
        assertThat(steps.state()).isEqualTo(State.ON_STEP);
        assertThat(steps.text()).contains("Reset All Settings");
    }

    @Test
    void decliningTheResetMovesOnWithoutIt() {
        Conversation chat = atReset();
        Reply next = chat.press("❌ No, skip this");
        assertThat(next.fix()).isEqualTo("update-ios");
        assertThat(chat.tried()).contains("reset-settings:DECLINED");
    }

    @Test
    void decliningInWordsMovesOnToo() {
        Conversation chat = atReset();
        assertThat(chat.say("no").fix()).isEqualTo("update-ios");
    }

    private static String firstStepOf(String variant) {
        Branch.ChooseVariant choose = (Branch.ChooseVariant) TestBot.knowledge().fix("restart-iphone").branch();
        return choose.variant(variant).orElseThrow().steps().get(0);
    }
}
