package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Asking for the next fix at a step ("still nothing. what's next?") says the step did not fix it: the bot moves
 * on, or first asks whether it works now. It is no question about the step, so the step's help text is not the
 * answer (a playtester got the paragraph on what deleting iCloud data keeps). "Any other ideas?" is left to the
 * model: it may ask for the step's other way. On the real models.
 */
class NextFixQuestionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"ok did that, still nothing. whats next?", "Storage is not the problem. What's next?",
            "nope. next one please?", "what now?", "so what should i try next?", "can we move on?"})
    void askingForTheNextFixMovesOnOrAsksIfItWorksNow(String words) {
        Conversation chat = new Conversation();
        chat.say("icloud storage is full");
        String fix = chat.session().fix();
        chat.say(words);
        boolean movedOn = chat.tried().stream().anyMatch(t -> t.startsWith(fix + ":"));
        boolean asksIfItWorks = Question.of(chat.session()) == Question.SURE;
        assertThat(movedOn || asksIfItWorks).as("%s -> %s", words, chat.last().text()).isTrue();
        assertThat(chat.tried()).as("never taken for a success").noneMatch(t -> t.endsWith(":FIXED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"i will try it next", "is it safe? will i lose my photos?"})
    void wordsThatOnlyMentionNextOrAskAboutTheStepStayOnTheStep(String words) {
        Conversation chat = new Conversation();
        chat.say("icloud storage is full");
        String fix = chat.session().fix();
        chat.say(words);
        assertThat(chat.tried()).as("%s -> %s", words, chat.last().text()).noneMatch(t -> t.startsWith(fix + ":NOT_FIXED"));
    }
}
