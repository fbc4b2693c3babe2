package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Back at "What's going wrong?" after a fix worked, words are as often a remark about it as a new problem: a
 * problem read under {@code act} is asked about first, and no fix is left to carry on with. On the real models.
 */
class AfterAFixTest {

    private static Conversation fixed() {
        Conversation chat = new Conversation();
        chat.say("icloud storage is full");
        chat.press(Labels.FIXED);
        chat.say("1");
        assertThat(chat.tried()).containsExactly("free-icloud-storage:FIXED");
        return chat;
    }

    @Test
    void aDoubtfulProblemAfterAFixIsAskedAboutFirstAndNoStartsNothing() {
        Conversation chat = fixed();
        chat.say("So can I close it now?");
        assertThat(Question.of(chat.session())).isEqualTo(Question.SURE);
        assertThat(chat.last().buttons()).extracting(Button::label).doesNotContain("▶️ Carry on");
        chat.say("no");
        assertThat(chat.session().intent()).as("no new problem started").isEqualTo("storage_full");
        assertThat(chat.tried()).containsExactly("free-icloud-storage:FIXED");
    }

    @Test
    void aClearNewProblemAfterAFixStartsAtOnce() {
        Conversation chat = fixed();
        chat.say("now my wifi keeps dropping out all the time");
        assertThat(chat.session().intent()).isEqualTo("wifi_problem");
        assertThat(chat.session().fix()).isNotNull();
    }
}
