package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import supportbot.knowledge.Phrase;

/** The conversation intents and commands, outside and inside a troubleshooting flow. */
class SmallTalkTest {

    @ParameterizedTest(name = "\"{0}\" is answered with {1}")
    @CsvSource({
            "hello there, GREETING_REPLY",
            "what can you do?, HELP",
            "can I talk to a real person please, HUMAN",
            "whats the weather in paris tomorrow, OUT_OF_SCOPE",
            "thanks a lot, THANKS_REPLY",
            "/help, HELP"})
    void conversationIntentsGetTheirAnswer(String message, Phrase answer) {
        Reply reply = new Conversation().say(message);
        String expected = Labels.label(answer);
        int placeholder = expected.indexOf('{');
        assertThat(reply.text()).startsWith(placeholder < 0 ? expected : expected.substring(0, placeholder));
        assertThat(reply.fix()).isNull();
    }

    /** A playtester's goodbye after the problem was solved got "that's outside what I can help with". */
    @Test
    void wordsTheBotCannotPlaceAfterAProblemEndedAreAGoodbye() {
        Conversation chat = new Conversation();
        chat.say("my iphone hasn't backed up in weeks");
        chat.press(Labels.FIXED);
        chat.press(Labels.HELPFUL);
        Reply reply = chat.say("whatever, i'm off now, see ya");
        assertThat(reply.text()).isEqualTo(Labels.label(Phrase.GOODBYE_REPLY));
        assertThat(new Conversation().say("whatever, i'm off now, see ya").text()).isNotEqualTo(Labels.label(Phrase.GOODBYE_REPLY));
    }

    /** Playtesters' hurried questions after a fix worked got "Okay." and "Was this helpful?" again. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"so it does it tonite or do i gotta hit somthing",
            "?? i asked do i need to press back up now"})
    void aQuestionTypedWithoutAQuestionMarkAfterAFixIsAnswered(String words) {
        Conversation chat = new Conversation();
        chat.say("my iphone hasn't backed up in weeks");
        chat.press(Labels.FIXED);
        chat.say(words);
        assertThat(chat.lastOutcome().steps()).as(chat.last().text()).anyMatch(Step.Explained.class::isInstance);
    }

    @Test
    void startWelcomesAndOffersTheCommonProblems() {
        Reply welcome = new Conversation().say("/start");
        assertThat(welcome.text()).isEqualTo(Labels.label(Phrase.WELCOME));
        assertThat(welcome.buttons()).extracting(Button::label).contains("iPhone isn't backing up");
    }

    @Test
    void aCommonProblemButtonStartsThatProblem() {
        Conversation chat = new Conversation();
        chat.say("/start");
        Reply step = chat.press("iCloud storage is full");
        assertThat(step.intent()).isEqualTo("storage_full");
        assertThat(step.fix()).isEqualTo("free-icloud-storage");
    }

    @Test
    void askingForAPersonMidFlowGivesTheSummaryAndLeavesTheStep() {
        Conversation chat = new Conversation();
        chat.say("my iphone hasnt backed up to icloud in weeks");
        chat.press(Labels.NOT_FIXED);
        Reply human = chat.say("I want to talk to a human agent");
        assertThat(human.text()).contains("getsupport.apple.com", "my iphone hasnt backed up to icloud in weeks",
                "Turn on iCloud Backup");
        // Without a support chat the person goes to Apple: the step is not asked again, and what was tried is kept.
        assertThat(human.fix()).isNull();
        assertThat(human.state()).isEqualTo(State.AWAITING_PROBLEM);
        assertThat(human.text()).doesNotContain("Did that fix it?");
        assertThat(chat.session().attempts()).extracting(Attempt::fixId).contains("enable-icloud-backup");
    }

    @Test
    void restartCommandStartsOver() {
        Conversation chat = new Conversation();
        chat.say("icloud storage is full");
        chat.press(Labels.NOT_FIXED);
        Reply reply = chat.say("/restart");
        assertThat(reply.state()).isEqualTo(State.AWAITING_PROBLEM);
        assertThat(chat.session().attempts()).isEmpty();
        assertThat(chat.session().intent()).isNull();
    }

    @Test
    void commandsWithTheBotsNameWork() {
        Conversation chat = new Conversation();
        assertThat(chat.say("/start@supportbot").text()).isEqualTo(Labels.label(Phrase.WELCOME));
    }

    @Test
    void thanksAfterAFixEndsTheConversation() {
        Conversation chat = new Conversation();
        chat.say("icloud storage is full");
        chat.press(Labels.FIXED);
        Reply bye = chat.say("thanks a lot!");
        assertThat(bye.buttons()).isEmpty();
        assertThat(chat.session().state()).isEqualTo(State.AWAITING_PROBLEM);
        assertThat(chat.tried()).as("kept, should it come back").containsExactly("free-icloud-storage:FIXED");
    }

    @Test
    void startInTheMiddleOfAFixOffersToContinueOrStartOver() {
        Conversation chat = new Conversation();
        chat.say("icloud storage is full");
        Reply reply = chat.say("/start");
        assertThat(reply.fix()).isEqualTo("free-icloud-storage");
        assertThat(reply.buttons()).extracting(Button::label).containsExactly(Labels.CARRY_ON, Labels.START_OVER);
    }
}
