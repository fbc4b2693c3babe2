package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import supportbot.knowledge.Fix;
import supportbot.knowledge.Phrase;
import supportbot.nlu.TextNormalizer;
import supportbot.testing.TestBot;

/** "I already restarted it": what the user did before asking is skipped, and the bot says so. */
class AlreadyDoneTest {

    @Test
    void fixesTheUserAlreadyDidAreSkippedAndNamed() {
        Conversation chat = new Conversation();
        Reply first = chat.say("my iphone hasnt backed up in weeks. i already restarted it and its on wifi");
        assertThat(first.text()).contains(Labels.label(Phrase.ALREADY_DONE_MANY).split("\\{")[0], "Connect to Wi-Fi", "Restart your iPhone");
        assertThat(chat.tried()).containsExactlyInAnyOrder("check-wifi:ALREADY_DONE", "restart-iphone:ALREADY_DONE");
        assertThat(chat.session().plan()).doesNotContain("check-wifi", "restart-iphone");
        assertThat(first.fix()).isEqualTo("enable-icloud-backup");
    }

    @ParameterizedTest(name = "\"{0}\" is a backup that does not happen")
    @ValueSource(strings = {
            "backups stopped working. ive already tried restarting and my wifi is fine",
            "iphone not backing up, already turned off and on again, wifi is good, plugged in all night",
            "my iphone wont back up to icloud. I already restarted it and checked the wifi, its connected"})
    void whatWasDoneAlreadyDoesNotDecideWhatTheProblemIs(String description) {
        Conversation chat = new Conversation();
        chat.say(description);
        assertThat(chat.session().intent()).isEqualTo("backup_not_happening");
        assertThat(chat.session().fix()).isEqualTo("enable-icloud-backup");
        assertThat(chat.tried()).allMatch(t -> t.endsWith(":ALREADY_DONE")).isNotEmpty();
    }

    /** A playtester who wrote "I pay Apple for 200GB" was told how to free up the free 5 GB. */
    @Test
    void payingForMoreStorageLeavesOutFreeingIt() {
        Conversation chat = new Conversation();
        chat.say("My iPhone backup has FAILED every single night for a week. I run a bakery. I pay Apple for 200GB. Fix it.");
        assertThat(chat.tried()).contains("free-icloud-storage:ALREADY_DONE");
        Conversation other = new Conversation();
        other.say("my icloud storage is full and i dont want to pay for 200gb");
        assertThat(other.tried()).isEmpty();
    }

    /** Playtesters who said the step's own condition holds got "Okay, take your time" and had to repeat it. */
    @ParameterizedTest
    @ValueSource(strings = {"Storage isn't the issue I don't think - I'm on the 200GB plan and only using about 60.",
            "31 of 50 gb used, storage is fine", "I have 140 GB free"})
    void aStepsOwnConditionToldAtItsStepIsAskedAboutAsDone(String words) {
        Conversation chat = new Conversation();
        chat.say("my iphone says icloud storage is full");
        assertThat(chat.session().fix()).isEqualTo("free-icloud-storage");
        Reply reply = chat.say(words);
        assertThat(Question.of(chat.session())).as(reply.text()).isIn(Question.SURE, Question.STEP);
        if (Question.of(chat.session()) == Question.SURE) {
            chat.press(Labels.label(supportbot.knowledge.Phrase.BUTTON_YES));
        }
        assertThat(chat.tried()).as(reply.text()).containsExactly("free-icloud-storage:SKIPPED");
    }

    /** "deleted the iphone 8 one. 3gb free now" is the step just done, not done before: no "already done or checked?". */
    @Test
    void theStepJustDoneIsNotTakenForDoneBefore() {
        Conversation chat = new Conversation();
        chat.say("my iphone says icloud storage is full");
        Reply reply = chat.say("deleted the iphone 8 one. 3gb free now");
        assertThat(chat.session().pending() == null || chat.session().pending().action() != Action.SKIP).as(reply.text()).isTrue();
        assertThat(chat.tried()).noneMatch(t -> t.endsWith(":SKIPPED"));
    }

    @Test
    void aQuestionOrANegationIsNotADoneFix() {
        Conversation chat = new Conversation();
        chat.say("my iphone hasnt backed up in weeks, should i restart it? i havent updated ios");
        assertThat(chat.session().attempts()).isEmpty();
    }

    @Test
    void unseenPhrasingsAreRecognisedWithoutFalseAlarms() throws Exception {
        List<String> falseAlarms = new ArrayList<>();
        int said = 0;
        int found = 0;
        for (String line : Files.readAllLines(Path.of("src/test/resources/already-done.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", 2);
            List<String> hits = TestBot.knowledge().fixes().values().stream()
                    .filter(f -> f.saidDone(parts[1], c -> String.join(" ", TextNormalizer.tokens(c))))
                    .map(Fix::id)
                    .toList();
            if (parts[0].equals("none")) {
                if (!hits.isEmpty()) {
                    falseAlarms.add(line + " -> " + hits);
                }
            } else {
                said++;
                found += hits.equals(List.of(parts[0])) ? 1 : 0;
            }
        }
        assertThat(falseAlarms).as("skipping a fix nobody did is worse than missing one").isEmpty();
        assertThat(found / (double) said).as("recall: %d of %d", found, said).isGreaterThanOrEqualTo(0.7);
    }
}
