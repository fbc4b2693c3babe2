package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import supportbot.knowledge.Phrase;
import supportbot.testing.TestBot;

/**
 * What people from outside the team wrote, and what the bot did wrong with it (issue 21, "Why"), on the real
 * models. A story of failure is no success, a story of success no new problem, a topic ruled out or refused is
 * not started, a question about the step is answered and the step stays, and every other question reads its
 * own answers.
 */
class OutsideConversationsTest {

    /** A conversation on {@code problem}, pressed on to {@code fix} with "Not fixed" (and the iPhone model, if asked). */
    private static Conversation at(String description, String fix) {
        Conversation chat = new Conversation();
        chat.say(description);
        for (int i = 0; i < 12 && !fix.equals(chat.session().fix()); i++) {
            switch (Question.of(chat.session())) {
                case STEP -> chat.press(Labels.NOT_FIXED);
                case CHECK -> chat.press("✅ Yes, it's green");
                case VARIANT -> chat.press("iPhone X or later");
                case WARNING -> chat.press("❌ No, skip this");
                default -> throw new AssertionError("not on a fix: " + chat.last().text());
            }
        }
        assertThat(chat.session().fix()).isEqualTo(fix);
        return chat;
    }

    private static String phrase(Phrase phrase) {
        return TestBot.knowledge().phrases().say(phrase);
    }

    @Test
    void aFailureToldAsAStoryIsNoSuccess() {
        Conversation chat = at("my iphone hasnt backed up in weeks", "enable-icloud-backup");
        chat.say("the switch was already green, tapped Back Up Now and it just sits there");
        assertThat(chat.tried()).noneMatch(t -> t.endsWith(":FIXED"));
        assertThat(chat.session().state()).isNotEqualTo(State.RESOLVED);

        Conversation plugged = at("my iphone hasnt backed up in weeks", "connect-power");
        plugged.say("it was plugged in all night too. nope");
        assertThat(plugged.tried()).noneMatch(t -> t.endsWith(":FIXED"));
    }

    @Test
    void fineAtAStepSaysNothingAboutHowItWent() {
        Conversation chat = at("icloud storage is full", "free-icloud-storage");
        chat.say("fine");
        assertThat(chat.session().attempts()).isEmpty();
        assertThat(chat.session().fix()).isEqualTo("free-icloud-storage");
    }

    @Test
    void aSuccessToldAsAStoryIsNoNewProblem() {
        Conversation chat = at("the backup is stuck on estimating time remaining", "free-icloud-storage");
        chat.say("ok cleared like 4gb and the backup just finished!!");
        assertThat(chat.tried()).endsWith("free-icloud-storage:FIXED");
        assertThat(chat.session().state()).isEqualTo(State.RESOLVED);

        Conversation restarted = at("the backup is stuck on estimating time remaining", "restart-iphone");
        restarted.press("iPhone X or later");
        restarted.say("restarted and the backup finally completed");
        assertThat(restarted.tried()).endsWith("restart-iphone:FIXED");
    }

    @Test
    void aSuccessToldPolitelyAtLengthIsASuccess() {
        Conversation chat = at("my photos wont upload to icloud", "turn-on-icloud-photos");
        chat.say("I don't need more time dear, I already did it. The pictures are coming through on the iPad now, so I think it is working.");
        assertThat(chat.session().intent()).isEqualTo("photos_not_uploading");
        assertThat(chat.tried()).noneMatch(t -> t.endsWith(":INTERRUPTED"));
    }

    @Test
    void aTopicRuledOutIsNotStarted() {
        Conversation chat = at("my iphone hasnt backed up in weeks", "check-wifi");
        int fixes = chat.session().fixCount();
        chat.say("storage isn't the problem");
        assertThat(chat.session().intent()).isEqualTo("backup_not_happening");
        assertThat(chat.session().fixCount()).isEqualTo(fixes);
        assertThat(chat.last().text()).doesNotContain("different problem");
    }

    @Test
    void refusingTheResetIsNoWifiProblem() {
        Conversation chat = at("my wifi keeps dropping", "reset-settings");
        chat.say("hmm so all my wifi passwords and settings gone? no, I don't want to do that");
        if (chat.session().aside() == Session.Aside.SURE) {
            chat.say("yes");
        }
        assertThat(chat.session().intent()).isEqualTo("wifi_problem");
        assertThat(chat.tried()).endsWith("reset-settings:DECLINED");
    }

    @Test
    void aQuestionAboutTheStepIsAnsweredAndTheStepStays() {
        Conversation chat = at("it keeps asking for my apple id password", "sign-out-and-in");
        Reply answer = chat.say("if i sign out, i lose my photo and contact??");
        assertThat(answer.text()).contains(TestBot.knowledge().fix("sign-out-and-in").answers().get("safe"));
        assertThat(chat.session().fix()).isEqualTo("sign-out-and-in");
        chat.say("no wait, i want try sign out. i only ask if photo is safe");
        assertThat(chat.session().fix()).isEqualTo("sign-out-and-in");
        assertThat(chat.session().attempts()).isEmpty();
    }

    @Test
    void aFixLeftOutCanBeAskedForAgain() {
        Conversation chat = at("it keeps asking for my apple id password", "sign-out-and-in");
        chat.say("i dont want to sign out, i am scared");
        if (chat.session().aside() == Session.Aside.SURE) {
            chat.say("yes");
        }
        assertThat(chat.tried()).endsWith("sign-out-and-in:DECLINED");
        chat.say("actually let's do the sign out thing after all");
        assertThat(chat.session().fix()).isEqualTo("sign-out-and-in");
        assertThat(chat.tried()).doesNotContain("sign-out-and-in:DECLINED");
    }

    @Test
    void anotherWayIsOfferedInsteadOfLeavingTheFixOut() {
        Conversation chat = at("icloud storage is full", "free-icloud-storage");
        Reply reply = chat.say("Manage Storage shows Photos taking 4.6 GB. I don't want to delete photos. Is there another way?");
        assertThat(reply.text()).contains("Upgrade");
        assertThat(chat.session().fix()).isEqualTo("free-icloud-storage");
        assertThat(chat.session().attempts()).isEmpty();
    }

    @Test
    void theStatusPagesOwnWordsAnswerTheCheck() {
        Conversation chat = at("backup failed error every night", "check-icloud-status");
        chat.say("says available");
        assertThat(chat.tried()).contains("check-icloud-status:CHECK_OK");
        assertThat(chat.session().state()).isNotEqualTo(State.OUTAGE);
    }

    @Test
    void connectMeWhenTheFixesRanOutAsksForAPerson() {
        Conversation chat = at("my iphone wont charge", "update-ios");
        chat.press(Labels.NOT_FIXED);
        assertThat(chat.session().state()).isEqualTo(State.OUT_OF_FIXES);
        Reply reply = chat.say("connect me");
        assertThat(reply.text()).isNotEqualTo(phrase(Phrase.THANKS_REPLY)).contains("Apple Support");
    }

    @Test
    void notKnowingYetAtWasThisHelpfulMovesNothing() {
        Conversation chat = at("icloud storage is full", "free-icloud-storage");
        chat.press(Labels.FIXED);
        chat.say("hold on, it's still running, don't know yet");
        assertThat(chat.session().state()).isEqualTo(State.RESOLVED);
        assertThat(chat.tried()).endsWith("free-icloud-storage:FIXED");
    }

    @Test
    void halfFixedWithAnotherProblemLeftDoesNotReopenTheFixThatWorked() {
        Conversation chat = at("my iphone hasnt backed up in weeks", "connect-power");
        chat.press(Labels.FIXED);
        chat.say("half. the charging is still bad");
        assertThat(chat.tried()).contains("connect-power:FIXED");
    }

    @Test
    void notFixedNextIsNotFixedNotDeclined() {
        Conversation chat = at("my iphone hasnt backed up in weeks", "enable-icloud-backup");
        chat.say("NOT FIXED. NEXT");
        assertThat(chat.tried()).containsExactly("enable-icloud-backup:NOT_FIXED");
    }

    @Test
    void theHandOffSummaryQuotesTheProblemAsDescribed() {
        Conversation chat = at("my iphone hasnt backed up in weeks", "check-wifi");
        chat.say("storage isn't the problem");
        chat.say("i want to talk to a person");
        assertThat(chat.last().text()).contains("Problem: my iphone hasnt backed up in weeks")
                .doesNotContain("Problem: storage isn't the problem");
    }

    @Test
    void inATwoProblemPlanEachFixIsWordedForItsOwnProblem() {
        Session s = new Session(new ConversationKey("test", "two"), State.ON_STEP, 3, "backup_not_happening", "both", 0.4,
                java.util.List.of(), "connect-power", null, java.util.List.of(), java.util.List.of(), null, null, null, 0,
                "not_charging", null, java.util.List.of(), null);
        String why = new Prompts(TestBot.knowledge()).fix(s).why();
        assertThat(why).isEqualTo(TestBot.knowledge().fixFor("connect-power", "not_charging").why());
    }

    @Test
    void anyOtherLanguageGetsTheSameEnglishLineAndNothingElse() {
        for (String foreign : new String[] {"mi iphone no hace copia de seguridad", "hola, mi iphone no hace copia de seguridad en icloud",
                "mein iPhone macht kein Backup mehr", "mon iphone ne fait plus de sauvegarde icloud"}) {
            Conversation chat = new Conversation();
            Reply reply = chat.say(foreign);
            assertThat(reply.text()).as(foreign).isEqualTo(phrase(Phrase.NOT_ENGLISH));
            assertThat(chat.session().intent()).as(foreign).isNull();
        }
    }
}
