package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A story that ends with a question about the step gets the question answered, and the step stays: a playtester
 * who told what she had found and asked "Would it be safe to delete the iPad one?" got the step's how-to instead,
 * and one who ended "What should I do now?" after saying she could not pay was asked whether it works now.
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

    @ParameterizedTest(name = "\"{0}\" asks \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "I restarted it twice. How long should it take? | How long should it take",
            "ok i did it!!! will it keep going on its own?? | will it keep going on its own",
            "Turned it on.\\nIs it safe | ",
            "is this safe? | ",
            "It works now. | "})
    void theLastSentenceIsTheQuestionWhenThereAreSeveral(String text, String last) {
        assertThat(AnswerModelReader.lastSentence(text.replace("\\n", "\n"))).isEqualTo(last);
    }
}
