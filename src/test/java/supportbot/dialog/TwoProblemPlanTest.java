package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import supportbot.nlu.AnswerReader;
import supportbot.nlu.Classification;
import supportbot.nlu.Intent;
import supportbot.nlu.TextClassifier;
import supportbot.testing.TestBot;

/** Torn between two problems, the bot works on both at once: one plan, likeliest fix first. */
class TwoProblemPlanTest {
    private static final DialogSettings SETTINGS = new DialogSettings(0.5, 0.2, ToyBot.POLICY, 3, 500, Duration.ofHours(24));
    private static final AnswerReader ANSWERS = (question, text) -> new Classification(List.of(new Intent("not_fixed", 1.0)));

    private static Conversation classifiedAs(Intent... ranked) {
        TextClassifier intents = text -> new Classification(List.of(ranked));
        return new Conversation(new DialogEngine(TestBot.knowledge(), intents, ANSWERS, SETTINGS, TestBot.english()));
    }

    @Test
    void bothListsAreMergedByLikelihoodAndPositionEachFixOnce() {
        List<String> storage = List.of("free-icloud-storage", "check-icloud-status", "restart-iphone", "update-ios");
        List<String> wifi = List.of("check-wifi", "restart-iphone", "reset-settings", "update-ios");
        // Shares 0.6 and 0.4. Restart: 0.6/3 + 0.4/2 = 0.4, level with Wi-Fi's 0.4/1, and storage's list goes first.
        assertThat(TwoProblemPlan.merge(storage, 0.36, wifi, 0.24)).containsExactly(
                "free-icloud-storage", "restart-iphone", "check-wifi", "check-icloud-status", "update-ios", "reset-settings");
    }

    @Test
    void twoEquallyLikelyProblemsAlternateStartingWithTheFirst() {
        assertThat(TwoProblemPlan.merge(List.of("a", "b"), 0.3, List.of("c", "d"), 0.3)).containsExactly("a", "c", "b", "d");
    }

    @Test
    void aMessageBetweenTwoProblemsStartsOnBothInsteadOfAsking() {
        Conversation chat = classifiedAs(new Intent("storage_full", 0.36), new Intent("wifi_problem", 0.30),
                new Intent("greeting", 0.12), new Intent("backup_stuck", 0.10));
        Reply first = chat.say("storage and the wifi both act up");
        assertThat(first.state()).isNotEqualTo(State.CLARIFYING);
        assertThat(first.text()).contains("iCloud storage is full", "the Wi-Fi connection is the problem");
        assertThat(first.fix()).isEqualTo("free-icloud-storage");
        assertThat(chat.say("no").fix()).as("the Wi-Fi list's first fix comes in second").isEqualTo("check-wifi");
        assertThat(chat.session().plan()).contains("restart-iphone", "check-icloud-status", "reset-settings", "update-ios");
    }

    @Test
    void theEvaluationSeesTheSameReadingAsTheConversation() {
        TextClassifier torn = text -> new Classification(List.of(new Intent("storage_full", 0.36),
                new Intent("wifi_problem", 0.30), new Intent("greeting", 0.12)));
        assertThat(new FirstReading(TestBot.knowledge(), torn, SETTINGS, TestBot.english()).read("storage and the wifi both act up"))
                .isEqualTo(new FirstReading.Reading(FirstReading.Kind.TWO_PROBLEMS, List.of("storage_full", "wifi_problem")));
    }

    @Test
    void aThirdLikelyProblemMeansAskingNotGuessing() {
        Conversation chat = classifiedAs(new Intent("storage_full", 0.36), new Intent("wifi_problem", 0.30),
                new Intent("backup_stuck", 0.24), new Intent("greeting", 0.10));
        assertThat(chat.say("storage and the wifi both act up").state()).isEqualTo(State.CLARIFYING);
    }
}
