package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import supportbot.knowledge.KnowledgeBase;
import supportbot.nlu.AnswerReader;
import supportbot.nlu.Classification;
import supportbot.nlu.Intent;
import supportbot.nlu.TextClassifier;
import supportbot.testing.TestBot;

import java.util.List;

/** When the classifier is unsure, the bot asks which problem it is instead of guessing. */
class ClarifyTest {
    private static final DialogSettings SETTINGS = new DialogSettings(0.5, 0.2, ToyBot.POLICY, 3, 500, java.time.Duration.ofHours(24));

    /** A classifier that is torn between storage, photos and a stuck backup: the case the rule is for. */
    private static final TextClassifier TORN = text -> new Classification(List.of(
            new Intent("storage_full", 0.38), new Intent("photos_not_uploading", 0.30),
            new Intent("backup_stuck", 0.22), new Intent("greeting", 0.10)));

    private static final AnswerReader ANSWERS = (question, text) -> new Classification(List.of(new Intent("ask_how", 1.0)));

    private static Conversation torn() {
        KnowledgeBase kb = TestBot.knowledge();
        return new Conversation(new DialogEngine(kb, TORN, ANSWERS, SETTINGS, TestBot.english()));
    }

    @Test
    void anUnsureMessageOffersTheLikelyProblemsAndSomethingElse() {
        Conversation chat = torn();
        Reply ask = chat.say("my pics and space thing");
        assertThat(ask.state()).isEqualTo(State.CLARIFYING);
        assertThat(ask.buttons()).extracting(Button::label).containsExactly(
                "iCloud storage is full", "Photos won't upload", "Backup is stuck", Labels.SOMETHING_ELSE);
    }

    @Test
    void pickingAnOptionStartsItAndKeepsTheUsersWords() {
        Conversation chat = torn();
        chat.say("my pics and space thing");
        Reply step = chat.press("Photos won't upload");
        assertThat(step.intent()).isEqualTo("photos_not_uploading");
        assertThat(step.fix()).isEqualTo("turn-on-icloud-photos");
        assertThat(chat.session().problem()).isEqualTo("my pics and space thing");
    }

    @Test
    void somethingElseAsksForTheProblemInTheirOwnWords() {
        Conversation chat = torn();
        chat.say("my pics and space thing");
        Reply reply = chat.press(Labels.SOMETHING_ELSE);
        assertThat(reply.state()).isEqualTo(State.AWAITING_PROBLEM);
        assertThat(reply.intent()).isNull();
    }

    @Test
    void aSureMessageStartsWithoutAsking() {
        Reply step = new Conversation().say("photos wont upload to icloud");
        assertThat(step.state()).isEqualTo(State.ON_STEP);
    }
}
