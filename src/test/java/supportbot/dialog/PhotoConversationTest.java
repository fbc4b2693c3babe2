package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import supportbot.knowledge.Phrase;
import supportbot.testing.TestBot;

/** A photo problem, on the real bot: its own first fixes, and never a word about backups. */
class PhotoConversationTest {
    private static String label(Phrase phrase) {
        return TestBot.knowledge().phrases().say(phrase);
    }

    @Test
    void aPhotoProblemStartsWithICloudPhotosAndSaysNothingAboutBackups() {
        Conversation chat = new Conversation();
        Reply first = chat.say("my photos won't upload to icloud");
        assertThat(first.fix()).isEqualTo("turn-on-icloud-photos");
        assertThat(first.text()).contains("Sync this iPhone");
        chat.say("how do I do that?");
        chat.press(label(Phrase.BUTTON_NOT_FIXED));
        assertThat(chat.last().fix()).isEqualTo("turn-off-low-power-mode");
        chat.say("thanks");
        for (int i = 0; i < 12 && chat.last().fix() != null; i++) {
            chat.say("how do i do that");
            chat.press(chat.last().buttons().stream().map(Button::label)
                    .filter(l -> !l.equals(label(Phrase.BUTTON_FIXED))).findFirst().orElseThrow());
        }
        List<String> said = chat.transcript().stream().map(Reply::text).toList();
        assertThat(chat.tried()).hasSize(TestBot.knowledge().symptom("photos_not_uploading").orElseThrow().fixIds().size());
        assertThat(said).as("every reply of a photo conversation").noneMatch(t -> t.toLowerCase(Locale.ROOT).matches("(?s).*back(ed)? ?up.*"));
    }
}
