package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A story is read by how it ends. One that ends with a question about the step gets the question answered, and the
 * step stays: a playtester who told what she had found and asked "Would it be safe to delete the iPad one?" got the
 * step's how-to instead. One that ends by saying how it went is read by that.
 */
class StoryThenQuestionTest {

    @Test
    void aQuestionAfterAStoryIsAnsweredAndTheStepStays() {
        Conversation chat = new Conversation();
        chat.say("my iphone says icloud storage is full");
        Reply reply = chat.say("I am sorry to be a nuisance, but I cannot pay for the Upgrade. When I tap on Backups it shows two "
                + "things: This iPhone, and Margaret's iPad. I gave that iPad away last year. Would it be safe to delete the iPad one?");
        assertThat(chat.tried()).as(reply.text()).isEmpty();
        assertThat(Question.of(chat.session())).isEqualTo(Question.STEP);
        assertThat(chat.lastOutcome().steps()).as(reply.text()).contains(new Step.Explained("free-icloud-storage", Answer.Aspect.SAFE));
    }

    /** "No, it isn't working yet. Is there another way that doesn't involve paying?" at "Just to be sure: is it working now?" */
    @Test
    void aQuestionAtJustToBeSureIsAnsweredAtTheStepWithoutAskingAgain() {
        Conversation chat = new Conversation(ToyBot.engine());
        chat.say("problem:slow");
        chat.say("fixed 0.6");
        assertThat(Question.of(chat.session())).isEqualTo(Question.SURE);
        chat.say("ask_other_way");
        assertThat(chat.lastOutcome().steps()).anyMatch(Step.Explained.class::isInstance);
        assertThat(Question.of(chat.session())).as(chat.last().text()).isEqualTo(Question.STEP);
        assertThat(chat.tried()).isEmpty();
    }

    /** A story whose last sentence says how it went: that decides (playtesters got "Okay, take your time"). */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "wifi's on, full bars, netflix works fine on it. still estimating",
            "fine, I'll give you one shot. I'm on wifi, full bars, been on it the whole time. didn't help"})
    void theOutcomeToldLastDecides(String words) {
        Conversation chat = new Conversation();
        chat.say("my backup is stuck on estimating time remaining for two days");
        String fix = chat.session().fix();
        Reply reply = chat.say(words);
        assertThat(chat.tried()).as(reply.text()).hasSize(1).first().isIn(fix + ":NOT_FIXED", fix + ":SKIPPED");
    }

    @ParameterizedTest(name = "\"{0}\" ends \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "I restarted it twice. How long should it take? | How long should it take",
            "ok i did it!!! will it keep going on its own?? | will it keep going on its own",
            "Turned it on.\\nIs it safe | Is it safe",
            "wifi's on, full bars. still estimating... | still estimating",
            "is this safe? | ",
            "It works now. | "})
    void theLastOfSeveralSentencesIsReadOnItsOwn(String text, String last) {
        assertThat(MessageShape.lastSentence(text.replace("\\n", "\n"))).isEqualTo(last);
    }
}
