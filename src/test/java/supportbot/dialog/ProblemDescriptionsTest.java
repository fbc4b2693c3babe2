package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The first messages of issue "Problem descriptions understood", on the real bot and models: long, rambling,
 * with what was already tried, with a greeting in front, or in words the training data never used.
 */
class ProblemDescriptionsTest {

    @ParameterizedTest(name = "\"{0}\" starts {1} with {2}")
    @CsvSource(delimiter = '|', value = {
        "hi, sorry to bother you. my grandson set up this iphone for me and now it just says the last backup was three weeks ago, I don't understand technology at all and I'm worried I will lose the pictures of my grandchildren | backup_not_happening | enable-icloud-backup",
        "backups stopped working. ive already tried restarting and my wifi is fine | backup_not_happening | enable-icloud-backup",
        "iphone not backing up, already turned off and on again, wifi is good, plugged in all night | backup_not_happening | enable-icloud-backup",
        "my iphone won't back up to icloud. I already restarted it and checked the wifi, it's connected | backup_not_happening | enable-icloud-backup",
        "I dont know my apple id password | signin_problem | sign-out-and-in",
        "hi, my backup keeps failing | backup_failed_error | check-icloud-status",
        "my cloud is maxed out | storage_full | free-icloud-storage",
    })
    void aDescriptionStartsTheRightProblem(String said, String intent, String firstFix) {
        Conversation chat = new Conversation();
        chat.say(said);
        assertThat(chat.session().intent()).isEqualTo(intent);
        assertThat(chat.session().fix()).isEqualTo(firstFix);
    }

    @ParameterizedTest(name = "\"{0}\" asks which backup problem")
    @ValueSource(strings = {"backup broken", "my backup is broken", "icloud is giving me trouble"})
    void aVagueProblemIsAskedAboutNotTurnedAway(String said) {
        Conversation chat = new Conversation();
        chat.say(said);
        assertThat(chat.session().state()).isEqualTo(State.CLARIFYING);
        assertThat(chat.session().options()).isNotEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" leaves out the restart and the Wi-Fi check")
    @ValueSource(strings = {"backups stopped working. ive already tried restarting and my wifi is fine",
        "my iphone won't back up to icloud. I already restarted it and checked the wifi, it's connected"})
    void whatWasAlreadyTriedIsLeftOut(String said) {
        Conversation chat = new Conversation();
        chat.say(said);
        assertThat(chat.tried()).contains("check-wifi:ALREADY_DONE", "restart-iphone:ALREADY_DONE");
    }
}
