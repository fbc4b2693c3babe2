package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import supportbot.knowledge.Branch;
import supportbot.knowledge.KnowledgeBase;
import supportbot.knowledge.Phrase;
import supportbot.testing.TrainedPack;

/**
 * Whole conversations on the second knowledge pack (packs/iphone-charging: its own knowledge file and
 * training data, trained for the test): the engine and the shared phrases carry a topic no Java names.
 */
class SecondPackConversationsTest {
    private static final TrainedPack PACK = TrainedPack.charging();
    private static final KnowledgeBase KNOWLEDGE = PACK.knowledge;
    private final Conversation chat = new Conversation(PACK.engine());

    private static String say(Phrase phrase) {
        return KNOWLEDGE.phrases().say(phrase);
    }

    private static Branch.Check onHold() {
        return (Branch.Check) KNOWLEDGE.fix("charging-on-hold").branch();
    }

    /** Nothing the bot says on this pack is about iCloud or backups. */
    @AfterEach
    void noReplySpeaksOfTheOtherTopic() {
        for (Reply reply : chat.transcript()) {
            String words = (reply.text() + " " + reply.buttons()).toLowerCase(Locale.ROOT);
            assertThat(words).as(reply.text()).doesNotContain("icloud").doesNotContain("backup").doesNotContain("back up");
        }
    }

    @Test
    void aPhoneThatWontChargeGoesThroughThePacksFixesUntilOneWorks() {
        Reply first = chat.say("hi, my iphone 13 wont charge when i plug it in, no lightning bolt at all");
        assertThat(first.intent()).isEqualTo("wont_charge");
        assertThat(first.fix()).isEqualTo("inspect-cable-and-adapter");
        assertThat(first.text()).contains("Check the cable and power adapter").contains("wall socket");

        Reply second = chat.press(say(Phrase.BUTTON_NOT_FIXED));
        assertThat(second.fix()).isEqualTo("clean-charging-port");
        assertThat(chat.say("how do i do that?").text()).contains("toothpick");

        Reply fixed = chat.say("cleaned it out and its charging now");
        assertThat(fixed.state()).isEqualTo(State.RESOLVED);
        assertThat(fixed.text()).contains(say(Phrase.FIXED));
        assertThat(chat.tried()).containsExactly("inspect-cable-and-adapter:NOT_FIXED", "clean-charging-port:FIXED");
        assertThat(chat.press(say(Phrase.BUTTON_HELPFUL)).text()).isEqualTo(say(Phrase.FEEDBACK_HELPFUL));
    }

    @Test
    void theChecksYesMeansWaitingOnThisPack() {
        Reply check = chat.say("it always stops charging at 80% and says optimized battery charging");
        assertThat(check.intent()).isEqualTo("charging_paused");
        assertThat(check.state()).isEqualTo(State.CHECKING);
        assertThat(check.text()).contains(onHold().question());

        Reply waiting = chat.press(onHold().yes());
        assertThat(waiting.state()).isEqualTo(State.OUTAGE);
        assertThat(waiting.text()).contains(onHold().waitText()).contains(say(Phrase.OUTAGE_QUESTION));
        assertThat(chat.tried()).containsExactly("charging-on-hold:OUTAGE");

        Reply done = chat.press(say(Phrase.BUTTON_WAIT));
        assertThat(done.state()).isEqualTo(State.AWAITING_PROBLEM);
        assertThat(done.text()).isEqualTo(say(Phrase.OUTAGE_WAIT));
    }

    @Test
    void theChecksNoGoesOnWithThePacksOwnWords() {
        chat.say("charging keeps stopping halfway");
        Reply next = chat.press(onHold().no());
        assertThat(next.fix()).isEqualTo("inspect-cable-and-adapter");
        assertThat(next.text()).startsWith(onHold().goOnText());
        assertThat(chat.tried()).containsExactly("charging-on-hold:CHECK_OK");
    }

    @Test
    void whenTheFixesRunOutTheSummaryNamesThePacksResults() {
        chat.say("phone is dead and does nothing on the charger");
        for (int i = 0; i < 3; i++) {
            chat.press(say(Phrase.BUTTON_NOT_FIXED));
        }
        chat.press(onHold().no());
        Reply out = chat.last();
        assertThat(out.state()).isEqualTo(State.OUT_OF_FIXES);
        assertThat(out.text()).contains(say(Phrase.RESULT_CHECK_OK)).contains("Clean the charging port");
    }

    @Test
    void somethingThisPackDoesNotCoverIsSaidToBeOutOfScopeInItsWords() {
        Reply reply = chat.say("my icloud backup failed last night, can you help?");
        assertThat(reply.text()).isIn(List.of(say(Phrase.OUT_OF_SCOPE), say(Phrase.NOT_UNDERSTOOD)));
        assertThat(reply.fix()).isNull();
    }

    @Test
    void helpAndWelcomeAreThePacks() {
        assertThat(chat.say("/start").text()).isEqualTo(say(Phrase.WELCOME));
        assertThat(chat.say("/help").text()).contains("won't charge");
    }
}
