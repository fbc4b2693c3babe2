package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import supportbot.knowledge.Phrase;
import supportbot.testing.TestBot;

/** What new users ran into before the conversation core was rebuilt, on the real bot and models. */
class NewcomerConversationsTest {

    private static Conversation onAStep() {
        Conversation chat = new Conversation();
        chat.say("my icloud storage is full");
        assertThat(chat.session().state()).isEqualTo(State.ON_STEP);
        return chat;
    }

    @ParameterizedTest(name = "\"{0}\" after a step means it is done and fixed")
    @ValueSource(strings = {"done", "Done.", "all done", "did it, works now", "yes", "y"})
    void doneMeansFixed(String typed) {
        Conversation chat = onAStep();
        chat.say(typed);
        assertThat(chat.session().state()).isEqualTo(State.RESOLVED);
        assertThat(chat.tried()).containsExactly("free-icloud-storage:FIXED");
    }

    @ParameterizedTest(name = "\"{0}\" after a step means not fixed")
    @ValueSource(strings = {"is not resolve", "did it, still failing", "done but it still fails", "nope"})
    void stillFailingMeansNotFixed(String typed) {
        Conversation chat = onAStep();
        chat.say(typed);
        assertThat(chat.tried()).containsExactly("free-icloud-storage:NOT_FIXED");
        assertThat(chat.session().fix()).isEqualTo("check-icloud-status");
    }

    @ParameterizedTest(name = "\"{0}\" in the middle of a step keeps the step")
    @ValueSource(strings = {"ok", "thanks", "hmm let me check", "is it going to rain tomorrow?", "one sec", "cool",
            "will try tonight", "lol"})
    void remarksNeverMoveTheConversation(String typed) {
        Conversation chat = onAStep();
        Reply reply = chat.say(typed);
        assertThat(chat.session().state()).isEqualTo(State.ON_STEP);
        assertThat(chat.session().fix()).isEqualTo("free-icloud-storage");
        assertThat(chat.tried()).isEmpty();
        assertThat(reply.buttons()).extracting(Button::label).contains(Labels.FIXED, Labels.NOT_FIXED);
    }

    @Test
    void aRealProblemMidStepStartsThatProblemAndIsNeverRecordedAsFixed() {
        Conversation chat = onAStep();
        Reply reply = chat.say("actually forget that, the real problem is that my photos from the trip aren't uploading to icloud");
        assertThat(chat.tried()).doesNotContain("free-icloud-storage:FIXED");
        assertThat(chat.session().state()).isNotIn(State.RESOLVED, State.AWAITING_PROBLEM);
        assertThat(chat.session().intent()).isEqualTo("photos_not_uploading");
        assertThat(reply.text()).contains(Labels.label(Phrase.NEW_PROBLEM).split("\\{")[0]);
    }

    @Test
    void theOutageQuestionUnderstandsTypedAnswers() {
        Conversation chat = new Conversation();
        chat.say("icloud backup failed with an error");
        chat.press("❌ No, it's not green");
        chat.say("keep trying");
        assertThat(chat.session().state()).isNotEqualTo(State.OUTAGE);
        assertThat(chat.session().fix()).isEqualTo("free-icloud-storage");

        Conversation waiting = new Conversation();
        waiting.say("icloud backup failed with an error");
        waiting.press("❌ No, it's not green");
        waiting.say("ok i'll wait");
        assertThat(waiting.session().state()).isEqualTo(State.AWAITING_PROBLEM);
        assertThat(waiting.tried()).containsExactly("check-icloud-status:OUTAGE");
    }

    @ParameterizedTest(name = "\"{0}\" to \"Was this helpful?\"")
    @ValueSource(strings = {"yes", "👍", "no", "nope", "not really"})
    void wasThisHelpfulUnderstandsYesAndNo(String typed) {
        Conversation chat = onAStep();
        chat.press(Labels.FIXED);
        chat.say(typed);
        boolean yes = typed.equals("yes") || typed.equals("👍");
        assertThat(chat.lastOutcome().stepsOf(Step.Rated.class)).containsExactly(new Step.Rated(yes));
        assertThat(chat.last().text()).doesNotContain("glad that worked");
    }

    @Test
    void itStillFailsAfterAFixSeemedToWorkGoesOnWithTheNextFix() {
        Conversation chat = onAStep();
        chat.press(Labels.FIXED);
        chat.say("wait no, it still fails");
        assertThat(chat.tried()).containsExactly("free-icloud-storage:NOT_FIXED");
        assertThat(chat.session().fix()).isEqualTo("check-icloud-status");
    }

    @Test
    void yesPleaseToTheOfferOfAPersonPointsToOne() {
        Conversation chat = new Conversation();
        chat.say("my phone won't charge");
        chat.press(Labels.NOT_FIXED);
        chat.press("iPhone X or later");
        chat.press(Labels.NOT_FIXED);
        Reply outOfFixes = chat.press(Labels.NOT_FIXED);
        assertThat(outOfFixes.text()).doesNotContain(Labels.label(Phrase.AFTER_NOT_FIXED) + " Let's try");
        Reply pointer = chat.say("yes please");
        assertThat(pointer.text()).contains("getsupport.apple.com");
        assertThat(pointer.text()).doesNotContain("Problem: -", "confidence");
    }

    @ParameterizedTest(name = "\"{0}\" in the middle of a step is not taken as a new problem")
    @ValueSource(strings = {"hang on, the page is still loading", "did it, still failing"})
    void aRemarkThatSoundsLikeAProblemNeverDropsTheFixInProgress(String typed) {
        Conversation chat = onAStep();
        chat.say(typed);
        assertThat(chat.session().intent()).isEqualTo("storage_full");
        assertThat(chat.tried()).doesNotContain("free-icloud-storage:FIXED");
    }

    @Test
    void sayingTheStepWasDoneBeforeAnswersIt() {
        Conversation chat = new Conversation();
        chat.say("my iphone hasnt backed up in weeks");
        chat.press(Labels.NOT_FIXED);
        assertThat(chat.session().fix()).isEqualTo("check-wifi");
        chat.say("already on wifi");
        assertThat(chat.session().intent()).isEqualTo("backup_not_happening");
        assertThat(chat.tried()).contains("check-wifi:SKIPPED");
    }

    @ParameterizedTest(name = "\"{0}\" at the Wi-Fi step is no new problem")
    @ValueSource(strings = {"wifi is fine", "the wifi isn't the problem"})
    void rulingOutWhatTheStepIsAboutIsNoNewProblem(String typed) {
        Conversation chat = new Conversation();
        chat.say("my iphone hasnt backed up in weeks");
        chat.press(Labels.NOT_FIXED);
        chat.say(typed);
        assertThat(chat.session().intent()).isEqualTo("backup_not_happening");
        assertThat(chat.session().attempts()).extracting(Attempt::result).doesNotContain(Attempt.Result.INTERRUPTED);
    }

    @Test
    void refusingAStepIsRecordedAsDeclinedNotAsAlreadyTried() {
        Conversation chat = new Conversation();
        chat.say("my wifi keeps disconnecting");
        chat.press(Labels.NOT_FIXED);
        chat.press("iPhone X or later");
        chat.press(Labels.NOT_FIXED);
        assertThat(chat.session().state()).isEqualTo(State.CONFIRMING);
        Reply reply = chat.say("i prefer not do this, i am afraid to lose my photos");
        if (chat.session().aside() == Session.Aside.SURE) {
            reply = chat.say("yes");   // asked first whether that was a no: it was
        }
        assertThat(chat.tried()).endsWith("reset-settings:DECLINED");
        assertThat(reply.text()).doesNotContain(TestBotFacts.details("reset-settings"));
    }

    @Test
    void theResetWarningUnderstandsARefusalAndDoesNotActOnAHesitation() {
        Conversation chat = new Conversation();
        chat.say("my wifi keeps disconnecting");
        chat.press(Labels.NOT_FIXED);
        chat.press("iPhone X or later");
        chat.press(Labels.NOT_FIXED);
        chat.say("hmm ok");
        assertThat(chat.session().state()).as("a hesitation is neither a yes nor a stop").isEqualTo(State.CONFIRMING);
        chat.say("no thats too much");
        assertThat(chat.tried()).endsWith("reset-settings:DECLINED");
        assertThat(chat.session().fix()).isEqualTo("update-ios");
    }

    @Test
    void nextPleaseIsNotSummarisedAsAlreadyTried() {
        Conversation chat = onAStep();
        chat.say("next please");
        assertThat(chat.tried()).containsExactly("free-icloud-storage:DECLINED");
    }

    @Test
    void aNewProblemIsNumberedWithinItselfAndNamesWhatWasTriedBefore() {
        Conversation chat = new Conversation();
        chat.say("my iphone hasnt backed up in weeks");
        chat.press(Labels.NOT_FIXED);
        chat.press(Labels.NOT_FIXED);
        Reply switched = chat.say("oh wait, the backup is stuck on estimating time remaining forever");
        assertThat(chat.session().intent()).isEqualTo("backup_stuck");
        assertThat(switched.text()).contains("We've already been through Connect to Wi-Fi", "Fix 1 of 5: Free up iCloud storage");
        assertThat(switched.text()).doesNotContain("Fix 3");
    }

    @Test
    void tappingAProblemDoesNotSayItSoundsLikeIt() {
        Conversation chat = new Conversation();
        chat.say("/start");
        Reply step = chat.press("iCloud storage is full");
        assertThat(step.text()).doesNotContain("It sounds like").startsWith("Okay: iCloud storage is full.");
    }

    @Test
    void severalFixesAlreadyDoneAreNamedTogether() {
        Conversation chat = new Conversation();
        Reply first = chat.say("my iphone wont back up. i already restarted it and its on wifi");
        assertThat(first.text()).contains("I'll skip them: Connect to Wi-Fi and Restart your iPhone.");
    }

    @Test
    void photoProblemsAreNotTalkedAboutAsBackups() {
        Conversation chat = new Conversation();
        chat.say("my photos won't upload to icloud");
        while (!"check-icloud-status".equals(chat.last().fix())) {
            chat.press(Labels.NOT_FIXED);
        }
        Reply check = chat.last();
        assertThat(check.fix()).isEqualTo("check-icloud-status");
        assertThat(check.text()).contains("Find iCloud Photos in the list").doesNotContain("iCloud Backup");
        Reply fixed = chat.press("✅ Yes, it's green");
        chat.press(Labels.FIXED);
        assertThat(chat.last().text()).doesNotContain("backed up", "backup");
    }

    @Test
    void aMessageInAnotherLanguageIsAnsweredInEnglish() {
        Reply reply = new Conversation().say("mi iphone no hace copia de seguridad en icloud desde hace semanas");
        assertThat(reply.text()).startsWith(Labels.label(Phrase.NOT_ENGLISH).split("\\.")[0]);
    }

    @Test
    void theProblemButtonsReadRight() {
        Reply welcome = new Conversation().say("/start");
        assertThat(welcome.buttons()).extracting(Button::label).contains("iCloud storage is full").doesNotContain("ICloud storage is full");
        assertThat(TestBot.knowledge().symptom("signin_problem").orElseThrow().label()).isEqualTo("Apple ID sign-in problem");
    }
}
