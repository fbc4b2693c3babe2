package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Just to be sure" is asked once: words it cannot read go back to the question under it, with all its buttons. */
class JustToBeSureTest {

    @Test
    void wordsNotUnderstoodAtJustToBeSureGoBackToTheStep() {
        Conversation chat = new Conversation(ToyBot.engine());
        chat.say("problem:slow");
        int stepButtons = chat.last().buttons().size();
        chat.say("skip 0.6");
        assertThat(Question.of(chat.session())).isEqualTo(Question.SURE);
        Reply reply = chat.say("not_fixed 0.6");   // a doubt at "Just to be sure" is not asked about again
        assertThat(Question.of(chat.session())).as(reply.text()).isEqualTo(Question.STEP);
        assertThat(reply.buttons()).hasSize(stepButtons);
        assertThat(chat.tried()).isEmpty();
    }
}
