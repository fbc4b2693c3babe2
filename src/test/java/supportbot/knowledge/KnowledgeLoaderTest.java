package supportbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import java.io.File;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeLoaderTest {
    private static final Config SHIPPED = ConfigFactory.parseFile(new File("conf/knowledge.conf")).resolve();
    private static final Config SHARED = ConfigFactory.parseFile(new File("conf/phrases.conf")).resolve();
    private static final String FILE = "conf/knowledge.conf";

    private static KnowledgeBase load(Config config) {
        return new KnowledgeLoader(FILE).load(config, SHARED);
    }

    @Test
    void theShippedFileHasTheNineFixesOfTheDesignThePhotoFixesAndTheSymptoms() {
        KnowledgeBase kb = load(SHIPPED);
        assertThat(kb.fixes().keySet()).containsExactlyInAnyOrder("enable-icloud-backup", "check-wifi", "connect-power",
                "free-icloud-storage", "check-icloud-status", "sign-out-and-in", "restart-iphone", "reset-settings", "update-ios",
                "turn-on-icloud-photos", "turn-off-low-power-mode");
        assertThat(kb.symptom("photos_not_uploading").orElseThrow().fixIds()).startsWith("turn-on-icloud-photos");
        assertThat(kb.symptoms().keySet()).containsExactlyInAnyOrder("backup_not_happening", "backup_failed_error",
                "storage_full", "wifi_problem", "not_charging", "signin_problem", "backup_stuck", "photos_not_uploading",
                "service_outage");
        assertThat(kb.fix("restart-iphone").branch()).isInstanceOf(Branch.ChooseVariant.class);
        assertThat(kb.fix("check-icloud-status").branch()).isInstanceOf(Branch.Check.class);
        assertThat(kb.fix("reset-settings").branch()).isInstanceOf(Branch.Confirm.class);
        assertThat(kb.symptom("storage_full").orElseThrow().fixIds()).startsWith("free-icloud-storage");
    }

    @Test
    void anUnknownFixIdStopsStartUpNamingTheEntryAndTheFile() {
        Config broken = SHIPPED.withValue("symptoms.storage_full.fixes",
                ConfigValueFactory.fromIterable(List.of("free-icloud-storage", "reboot-the-moon")));
        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessageContaining(FILE).hasMessageContaining("symptoms.storage_full").hasMessageContaining("reboot-the-moon");
    }

    @Test
    void anIntentWithNoFixesStopsStartUp() {
        Config broken = SHIPPED.withValue("symptoms.wifi_problem.fixes", ConfigValueFactory.fromIterable(List.of()));
        assertThatThrownBy(() -> load(broken)).hasMessageContaining("symptoms.wifi_problem").hasMessageContaining("at least one fix");
    }

    @Test
    void aFixWithNoStepsStopsStartUp() {
        Config broken = SHIPPED.withValue("fixes.\"check-wifi\".steps", ConfigValueFactory.fromIterable(List.of()));
        assertThatThrownBy(() -> load(broken)).hasMessageContaining("fixes.check-wifi").hasMessageContaining("step");
    }

    @Test
    void aMissingPhraseStopsStartUp() {
        assertThatThrownBy(() -> load(SHIPPED.withoutPath("phrases.welcome"))).hasMessageContaining("phrases.welcome");
    }

    @Test
    void aMisspelledPhraseKeyStopsStartUp() {
        Config broken = SHIPPED.withValue("phrases.welcom", ConfigValueFactory.fromAnyRef("hi"));
        assertThatThrownBy(() -> load(broken)).hasMessageContaining("phrases.welcom");
    }

    @Test
    void aBadPatternStopsStartUp() {
        Config broken = SHIPPED.withValue("fixes.\"check-icloud-status\".check.yes-matches",
                ConfigValueFactory.fromIterable(List.of("(unclosed")));
        assertThatThrownBy(() -> load(broken)).hasMessageContaining("check-icloud-status.check.yes-matches");
    }

    @Test
    void anUnknownCommonProblemStopsStartUp() {
        Config broken = SHIPPED.withValue("common-problems", ConfigValueFactory.fromIterable(List.of("toaster_on_fire")));
        assertThatThrownBy(() -> load(broken)).hasMessageContaining("common-problems").hasMessageContaining("toaster_on_fire");
    }

    @Test
    void phrasesFillInTheirPlaceholders() {
        Phrases phrases = load(SHIPPED).phrases();
        assertThat(phrases.say(Phrase.STEP_HEADER, "number", "2", "total", "5", "title", "Restart"))
                .contains("2").contains("5").contains("Restart").doesNotContain("{");
    }

    @Test
    void aPhraseNeitherThePackNorTheSharedOnesSayStopsStartUp() {
        assertThatThrownBy(() -> new KnowledgeLoader(FILE).load(SHIPPED, SHARED.withoutPath("phrases.step-question")))
                .hasMessageContaining("phrases.step-question").hasMessageContaining("missing");
    }

    @Test
    void aPackSaysASharedPhraseItsOwnWay() {
        Config own = SHIPPED.withValue("phrases.step-question", ConfigValueFactory.fromAnyRef("Any better?"));
        assertThat(load(own).phrases().say(Phrase.STEP_QUESTION)).isEqualTo("Any better?");
        assertThat(load(SHIPPED).phrases().say(Phrase.STEP_QUESTION)).isEqualTo(SHARED.getString("phrases.step-question"));
    }

    @Test
    void aTopicsPhrasesReachItsSymptomsAndASymptomsOwnPhrasesWin() {
        Config own = SHIPPED.withValue("symptoms.photos_not_uploading.phrases.fixed", ConfigValueFactory.fromAnyRef("Yay, photos."));
        KnowledgeBase kb = load(own);
        assertThat(kb.symptom("photos_not_uploading").orElseThrow().phrases())
                .containsEntry(Phrase.SERVICE, "iCloud Photos").containsEntry(Phrase.FIXED, "Yay, photos.");
        assertThat(kb.symptom("storage_full").orElseThrow().phrases()).isEmpty();
    }

    @Test
    void anUnknownTopicStopsStartUp() {
        Config broken = SHIPPED.withValue("symptoms.storage_full.topic", ConfigValueFactory.fromAnyRef("fotos"));
        assertThatThrownBy(() -> load(broken)).hasMessageContaining("symptoms.storage_full.topic").hasMessageContaining("fotos");
    }

    @Test
    void theCheckSaysInDataWhichAnswerMeansWaitingAndHowItCounts() {
        Branch.Check check = (Branch.Check) load(SHIPPED).fix("check-icloud-status").branch();
        assertThat(check.waits(false)).as("not green: wait for Apple").isTrue();
        assertThat(check.waits(true)).isFalse();
        assertThat(check.waitCounts()).isEqualTo(Branch.Counts.WORKED);

        Config flipped = SHIPPED.withValue("fixes.\"check-icloud-status\".check.wait-on", ConfigValueFactory.fromAnyRef("yes"))
                .withValue("fixes.\"check-icloud-status\".check.wait-counts-as", ConfigValueFactory.fromAnyRef("neither"));
        Branch.Check other = (Branch.Check) load(flipped).fix("check-icloud-status").branch();
        assertThat(other.waits(true)).isTrue();
        assertThat(other.waitCounts()).isEqualTo(Branch.Counts.NEITHER);
    }

    @Test
    void aCheckWhoseWaitingAnswerIsNeitherYesNorNoStopsStartUp() {
        Config broken = SHIPPED.withValue("fixes.\"check-icloud-status\".check.wait-on", ConfigValueFactory.fromAnyRef("red"));
        assertThatThrownBy(() -> load(broken)).hasMessageContaining("check.wait-on");
        Config counts = SHIPPED.withValue("fixes.\"check-icloud-status\".check.wait-counts-as", ConfigValueFactory.fromAnyRef("great"));
        assertThatThrownBy(() -> load(counts)).hasMessageContaining("check.wait-counts-as").hasMessageContaining("great");
    }

    @Test
    void aMisspelledKeyInAFixOrAWordingStopsStartUp() {
        Config fix = SHIPPED.withValue("fixes.\"check-wifi\".detials", ConfigValueFactory.fromAnyRef("x"));
        assertThatThrownBy(() -> load(fix)).hasMessageContaining("fixes.check-wifi.detials");
        Config wording = SHIPPED.withValue("symptoms.photos_not_uploading.wording.\"check-wifi\".wy", ConfigValueFactory.fromAnyRef("x"));
        assertThatThrownBy(() -> load(wording)).hasMessageContaining("wording.check-wifi.wy");
    }
}
