package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "I'll give it a few minutes": an answer before the user knows how the step went keeps the step open, and is
 * neither a success (a playtester's "I'll give it a few minutes" was recorded as fixed) nor thanks ("hang on"
 * got "You're welcome!"). The same at "Was this helpful?": "still running, don't know yet" rates nothing and
 * starts nothing. On the real models.
 */
class NotYetTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "OK. I turned Low Power Mode off for now. Low Data Mode was already off on my Wi-Fi. I'll give it a few minutes.",
            "hang on",
            "ok doing it now, one sec",
            "restarting it now, will tell you after"})
    void notYetKeepsTheStepOpen(String words) {
        Conversation chat = new Conversation();
        chat.say("the photos i take on my iphone never show up on my ipad, icloud photos isn't uploading");
        String fix = chat.session().fix();
        Reply reply = chat.say(words);
        assertThat(chat.tried()).as("%s -> %s", words, reply.text()).isEmpty();
        assertThat(chat.session().fix()).isEqualTo(fix);
        assertThat(Question.of(chat.session())).as(reply.text()).isEqualTo(Question.STEP);
        assertThat(reply.text()).doesNotContain(Labels.label(supportbot.knowledge.Phrase.THANKS_ON_STEP));
    }

    /** A playtester's question about waiting got "Okay, take your time" and "You didn't answer my question". */
    @org.junit.jupiter.api.Test
    void aQuestionAboutWaitingIsAnswered() {
        Conversation chat = new Conversation();
        chat.say("my iphone hasn't backed up in 19 days");
        Reply reply = chat.say("I've turned it on. Should I tap Back Up Now, or just wait for tonight?");
        assertThat(chat.lastOutcome().steps()).as(reply.text()).anyMatch(Step.Explained.class::isInstance);
        assertThat(chat.tried()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hold on, it's still running, don't know yet", "not sure yet, it's still uploading. I'll see tomorrow"})
    void notYetAtWasThisHelpfulRatesNothing(String words) {
        Conversation chat = new Conversation();
        chat.say("my iphone hasn't backed up in weeks");
        chat.press(Labels.FIXED);
        Reply reply = chat.say(words);
        assertThat(Question.of(chat.session())).as(reply.text()).isEqualTo(Question.HELPFUL);
        assertThat(chat.tried()).as(reply.text()).allMatch(t -> t.endsWith(":FIXED"));
    }
}
