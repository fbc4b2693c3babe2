package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import supportbot.knowledge.Phrase;
import supportbot.testing.TestBot;

/** With a support chat set, "talk to a person" hands the conversation to a person and relays both ways. */
class HandoffTest {

    private static Conversation withSupportChat() {
        return new Conversation(TestBot.withSupportChat());
    }

    @Test
    void askingForAPersonPostsTheWholeStoryToTheSupportChat() {
        Conversation chat = withSupportChat();
        chat.say("my iphone hasnt backed up to icloud in weeks");
        chat.press(Labels.NOT_FIXED);
        Reply toUser = chat.say("I want to talk to a human agent");

        assertThat(toUser.text()).isEqualTo(Labels.label(Phrase.HANDOFF_STARTED));
        assertThat(toUser.buttons()).extracting(Button::label).containsExactly(Labels.BACK_TO_BOT);
        assertThat(chat.session().state()).isEqualTo(State.HANDED_OFF);
        assertThat(chat.supportChat()).hasSize(1);
        String summary = chat.supportChat().get(0).text();
        assertThat(summary).contains("my iphone hasnt backed up to icloud in weeks", "your iPhone isn't backing up to iCloud",
                "Turn on iCloud Backup: didn't help (2026-11-25 10:01 UTC)",
                "Connect to Wi-Fi: left for another problem (2026-11-25 10:01 UTC)");
        assertThat(summary).as("no confidence numbers").doesNotContain("confidence");
    }

    @Test
    void askingForAPersonInTheMiddleOfAStepIsNotReadAsAnAnswerToIt() {
        Conversation chat = withSupportChat();
        chat.say("my icloud storage is full");
        chat.say("get me an agent");
        assertThat(chat.session().state()).isEqualTo(State.HANDED_OFF);
        assertThat(chat.tried()).containsExactly("free-icloud-storage:INTERRUPTED");
    }

    @Test
    void theUsersWordsGoToTheSupportChatAndTheAgentsToTheUser() {
        Conversation chat = withSupportChat();
        chat.say("talk to a real person please");

        assertThat(chat.say("it still says not enough storage, my code is 123456")).as("nothing back from the bot").isNull();
        assertThat(chat.supportChat().get(1).text()).contains("it still says not enough storage").doesNotContain("123456");

        Reply relayed = chat.agentSays("Hi! Could you open Settings > your name > iCloud and tell me what it shows?");
        assertThat(relayed.text()).contains("Dana", "open Settings > your name > iCloud");
        assertThat(chat.session().state()).isEqualTo(State.HANDED_OFF);
    }

    @Test
    void aScreenshotDuringAHandOffGoesToTheSupportChat() {
        Conversation chat = withSupportChat();
        chat.say("talk to a real person please");
        Outcome sent = TestBot.withSupportChat().handle(chat.session(),
                Event.attachment(chat.session().key(), 9, java.time.Instant.parse("2026-11-25T10:05:00Z")));
        assertThat(sent.replies()).singleElement().satisfies(r -> {
            assertThat(r.forSupport()).isTrue();
            assertThat(r.text()).isEqualTo(Labels.label(Phrase.RELAY_ATTACHMENT));
        });
    }

    @Test
    void closeFromTheAgentGivesTheConversationBackToTheBot() {
        Conversation chat = withSupportChat();
        chat.say("talk to a real person please");
        Reply back = chat.agentSays("/close");

        assertThat(back.text()).isEqualTo(Labels.label(Phrase.HANDOFF_CLOSED));
        assertThat(chat.session().state()).isEqualTo(State.AWAITING_PROBLEM);
        assertThat(chat.supportChat()).last().extracting(Reply::text).isEqualTo(Labels.label(Phrase.HANDOFF_CLOSED_NOTE));
        assertThat(chat.say("my icloud storage is full").fix()).as("the bot answers again").isEqualTo("free-icloud-storage");
    }

    @Test
    void cancelFromTheUserEndsTheHandOffAndTellsTheSupportChat() {
        Conversation chat = withSupportChat();
        chat.say("talk to a real person please");
        Reply back = chat.say("/cancel");

        assertThat(back.text()).isEqualTo(Labels.label(Phrase.HANDOFF_ENDED));
        assertThat(chat.session().state()).isEqualTo(State.AWAITING_PROBLEM);
        assertThat(chat.supportChat()).last().extracting(Reply::text).isEqualTo(Labels.label(Phrase.HANDOFF_USER_LEFT));
    }

    @Test
    void theBackToTheBotButtonEndsTheHandOffToo() {
        Conversation chat = withSupportChat();
        chat.say("talk to a real person please");
        chat.press(Labels.BACK_TO_BOT);
        assertThat(chat.session().state()).isEqualTo(State.AWAITING_PROBLEM);
        assertThat(chat.supportChat()).last().extracting(Reply::text).isEqualTo(Labels.label(Phrase.HANDOFF_USER_LEFT));
    }

    @Test
    void anAgentReplyAfterTheHandOffEndedReachesNoOneAndSaysSo() {
        Conversation chat = withSupportChat();
        chat.say("talk to a real person please");
        chat.say("/cancel");
        Session before = chat.session();

        assertThat(chat.agentSays("are you still there?")).as("nothing to the user").isNull();
        assertThat(chat.supportChat()).last().extracting(Reply::text).isEqualTo(Labels.label(Phrase.HANDOFF_NOT_OPEN));
        assertThat(chat.session()).isEqualTo(before);
    }

    @Test
    void runningOutOfFixesOffersThePersonAndTakingItHandsOff() {
        Conversation chat = withSupportChat();
        chat.say("my phone won't charge");
        chat.press(Labels.NOT_FIXED);
        chat.press("iPhone X or later");
        chat.press(Labels.NOT_FIXED);
        Reply end = chat.press(Labels.NOT_FIXED);
        assertThat(end.state()).isEqualTo(State.OUT_OF_FIXES);

        chat.press(Labels.HUMAN);
        assertThat(chat.session().state()).isEqualTo(State.HANDED_OFF);
        assertThat(chat.supportChat().get(0).text()).contains("Plug in your iPhone: didn't help", "Update iOS: didn't help");
    }

    @Test
    void withoutASupportChatThePersonIsAppleSupportAndTheSummaryIsShown() {
        Conversation chat = new Conversation();
        chat.say("talk to a real person please");
        assertThat(chat.last().text()).contains("getsupport.apple.com");
        assertThat(chat.supportChat()).isEmpty();
        assertThat(chat.session().state()).isNotEqualTo(State.HANDED_OFF);
    }

    @Test
    void aSupportChatThatCannotBeReachedSendsTheUserToAppleSupportWithTheSummary() {
        Conversation chat = withSupportChat();
        chat.say("my icloud storage is full");
        chat.say("talk to a real person please");
        Outcome outcome = TestBot.withSupportChat().handle(chat.session(),
                Event.supportUnreachable(chat.session().key(), java.time.Instant.parse("2026-11-25T10:05:00Z")));

        assertThat(outcome.session().state()).isEqualTo(State.AWAITING_PROBLEM);
        assertThat(outcome.replies()).singleElement().extracting(Reply::text).asString()
                .startsWith(Labels.label(Phrase.HANDOFF_FAILED)).contains("getsupport.apple.com", "my icloud storage is full");
    }

    @Test
    void closeCountsWithTheBotsNameButNotAsPartOfAnotherWord() {
        Conversation chat = withSupportChat();
        chat.say("talk to a real person please");
        assertThat(chat.agentSays("/closed tickets are archived weekly").text()).contains("/closed tickets");
        assertThat(chat.session().state()).isEqualTo(State.HANDED_OFF);
        chat.agentSays("/close@TestNameBot");
        assertThat(chat.session().state()).isEqualTo(State.AWAITING_PROBLEM);
    }

    @Test
    void writingAgainAfterALongSilenceRemindsTheUserWhoIsListening() {
        Conversation chat = withSupportChat();
        chat.say("talk to a real person please");
        assertThat(chat.say("hello?")).as("soon after: relayed only").isNull();
        chat.wait(java.time.Duration.ofHours(30));
        Reply reminder = chat.say("is anyone there?");
        assertThat(reminder.text()).isEqualTo(Labels.label(Phrase.HANDOFF_ACTIVE));
        assertThat(reminder.buttons()).extracting(Button::label).containsExactly(Labels.BACK_TO_BOT);
        assertThat(chat.supportChat()).last().extracting(Reply::text).asString().contains("is anyone there?");
    }

    @Test
    void aFreshAnswerFromThePersonMeansNoReminder() {
        Conversation chat = withSupportChat();
        chat.say("talk to a real person please");
        chat.wait(java.time.Duration.ofHours(30));
        chat.agentSays("Sorry for the wait! What does Settings > iCloud show?");
        assertThat(chat.say("it shows 5 GB used")).as("relayed only").isNull();
    }

    @Test
    void aHandOffLeftOpenWhenTheSupportChatWasUnsetStartsAfresh() {
        Conversation handedOff = withSupportChat();
        handedOff.say("talk to a real person please");
        Conversation later = new Conversation(TestBot.engine());
        Outcome outcome = TestBot.engine().handle(handedOff.session(),
                Event.text(handedOff.session().key(), "my icloud storage is full", 9, java.time.Instant.parse("2026-11-25T11:00:00Z")));
        assertThat(outcome.session().fix()).as("the bot answers, nobody waits for a person").isEqualTo("free-icloud-storage");
        assertThat(outcome.replies()).noneMatch(Reply::forSupport);
    }

    @Test
    void aTypedYesToTheOfferOfAPersonHandsOff() {
        Conversation chat = withSupportChat();
        chat.say("my phone won't charge");
        chat.press(Labels.NOT_FIXED);
        chat.press("iPhone X or later");
        chat.press(Labels.NOT_FIXED);
        chat.press(Labels.NOT_FIXED);
        assertThat(chat.session().state()).isEqualTo(State.OUT_OF_FIXES);
        chat.say("yes please");
        assertThat(chat.session().state()).isEqualTo(State.HANDED_OFF);
        assertThat(chat.supportChat()).hasSize(1);
    }
}
