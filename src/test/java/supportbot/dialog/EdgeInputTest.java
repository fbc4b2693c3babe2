package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static supportbot.dialog.Labels.*;

import org.junit.jupiter.api.Test;
import supportbot.knowledge.Phrase;

/** Input a real user sends by accident or on purpose: nothing crashes, nothing is lost. */
class EdgeInputTest {

    @Test
    void gibberishGetsAClearAnswerAndTheCommonProblems() {
        Conversation chat = new Conversation();
        Reply reply = chat.say("asdkjh qwpoei zzxm");
        assertThat(reply.state()).isEqualTo(State.AWAITING_PROBLEM);
        assertThat(reply.intent()).isNull();
        assertThat(reply.buttons()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(reply.text()).containsIgnoringCase("iCloud");
    }

    @Test
    void anEmptyLineAsksAgainWithoutLosingTheStep() {
        Conversation chat = new Conversation();
        Reply step = chat.say("icloud storage is full");
        Reply again = chat.say("   ");
        assertThat(again.fix()).isEqualTo(step.fix());
        assertThat(again.state()).isEqualTo(State.ON_STEP);
        assertThat(again.text()).startsWith(label(Phrase.EMPTY_MESSAGE));
        assertThat(chat.session().attempts()).isEmpty();
    }

    @Test
    void aTenThousandCharacterLineIsHandledAndStoredShort() {
        Conversation chat = new Conversation();
        String rant = "my iphone will not back up to icloud at all. ".repeat(230);
        assertThat(rant.length()).isGreaterThan(10_000);
        Reply reply = chat.say(rant);
        assertThat(reply.intent()).isEqualTo("backup_not_happening");
        assertThat(chat.session().problem().length()).isLessThanOrEqualTo(501);
    }

    @Test
    void aStaleButtonIsIgnoredAndTheCurrentQuestionAskedAgain() {
        Conversation chat = new Conversation();
        chat.say("my iphone hasnt backed up to icloud in weeks");
        String oldFixed = chat.last().buttons().get(0).data();
        chat.press(NOT_FIXED);
        Reply stale = chat.pressData(oldFixed);
        assertThat(stale.text()).startsWith(label(Phrase.STALE_BUTTON));
        assertThat(stale.fix()).isEqualTo("check-wifi");
        assertThat(chat.session().attempts()).hasSize(1);
    }

    @Test
    void forgedButtonDataIsTreatedAsStale() {
        Conversation chat = new Conversation();
        chat.say("icloud storage is full");
        int turn = chat.session().turn();
        for (String forged : new String[] {"", "garbage", turn + ":p=not_an_intent", turn + ":v=iphone-99", turn + ":unclear",
                "x".repeat(100), turn + ":"}) {
            Reply reply = chat.pressData(forged);
            assertThat(reply.text()).startsWith(label(Phrase.STALE_BUTTON));
            turn = chat.session().turn();
        }
        assertThat(chat.session().attempts()).isEmpty();
        assertThat(chat.last().fix()).isEqualTo("free-icloud-storage");
    }

    @Test
    void anUnclearAnswerToAStepAsksAgain() {
        Conversation chat = new Conversation();
        chat.say("icloud storage is full");
        Reply reply = chat.say("purple");
        assertThat(reply.text()).endsWith(label(Phrase.STEP_QUESTION));
        assertThat(reply.fix()).isEqualTo("free-icloud-storage");
        assertThat(chat.session().attempts()).isEmpty();
    }

    @Test
    void anUnknownCommandIsReadAsText() {
        Conversation chat = new Conversation();
        Reply reply = chat.say("/frobnicate");
        assertThat(reply.state()).isEqualTo(State.AWAITING_PROBLEM);
        assertThat(reply.text()).isNotBlank();
    }

    @Test
    void aButtonsEmojiAloneIsThatAnswer() {
        Conversation chat = new Conversation();
        chat.say("icloud storage is full");
        assertThat(chat.say("✅").state()).isEqualTo(State.RESOLVED);
    }

    @Test
    void aPhotoMidStepAsksForWordsAndKeepsTheStepWithItsButtons() {
        Conversation chat = new Conversation();
        chat.say("icloud storage is full");
        Reply reply = chat.attachment();
        assertThat(reply.text()).startsWith(Labels.label(supportbot.knowledge.Phrase.NOT_TEXT_ANSWER));
        assertThat(reply.fix()).isEqualTo("free-icloud-storage");
        assertThat(reply.buttons()).extracting(Button::label).contains(Labels.FIXED, Labels.NOT_FIXED);
    }
}
