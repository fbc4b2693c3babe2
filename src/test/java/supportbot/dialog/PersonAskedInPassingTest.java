package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A sentence that asks for a person is not lost under the rest of a message: a playtester who answered the
 * status check and asked for a person in the same message was asked about the check, three times over. On the
 * real models.
 */
class PersonAskedInPassingTest {

    private static Conversation atTheStatusCheck() {
        Conversation chat = new Conversation();
        chat.say("every night my backup fails with the last backup could not be completed");
        assertThat(Question.of(chat.session())).isEqualTo(Question.CHECK);
        return chat;
    }

    @Test
    void aPersonAskedForInPassingIsAskedAboutFirst() {
        Conversation chat = atTheStatusCheck();
        Reply reply = chat.say("Yes dear, the dot is green. And yes I would like to talk to a person please.");
        assertThat(Question.of(chat.session())).as(reply.text()).isEqualTo(Question.SURE);
        assertThat(chat.session().pending().action()).isEqualTo(Action.HUMAN);
    }

    @Test
    void aPersonNotWantedIsNoRequestForOne() {
        Conversation chat = atTheStatusCheck();
        Reply reply = chat.say("The dot is green. I don't need a person, just tell me what to do next.");
        assertThat(chat.session().pending() == null || chat.session().pending().action() != Action.HUMAN).as(reply.text()).isTrue();
    }
}
