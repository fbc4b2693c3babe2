package supportbot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.pengrad.telegrambot.model.User;
import com.pengrad.telegrambot.utility.BotUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import supportbot.dialog.ConversationKey;

class ShownNameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a line break              | Ann\\nref: telegram/1   | Ann ref: telegram/1",
            "a right-to-left override  | Ann\\u202Egnp.exe       | Anngnp.exe",
            "a right-to-left mark      | \\u200FAnn\\u200E       | Ann",
            "isolates and a BOM        | \\u2066A\\uFEFFnn\\u2069  | Ann",
            "an Arabic letter mark     | \\u061CAnn              | Ann",
            "a family emoji (ZWJ)      | Ann 👨\\u200D👩\\u200D👧  | Ann 👨\\u200D👩\\u200D👧",
            "a Persian name (ZWNJ)     | مهرداد می\\u200Cخواهد   | مهرداد می\\u200Cخواهد",
            "a line separator and tabs | Ann\\u2028\\t\\tLee     | Ann Lee",
            "control characters        | \\u0000Ann\\u001b[31m  | Ann [31m",
            "an ordinary name          | Zoë 🙂 Ng               | Zoë 🙂 Ng"})
    void aNameIsShownOnOneLineWithoutDirectionControls(String what, String name, String shown) {
        assertThat(ShownName.of(unescape(name))).isEqualTo(unescape(shown));
    }

    @Test
    void aNameOfFiveThousandCharactersIsCutToTelegramsLengthNotInsideAnEmoji() {
        assertThat(ShownName.of("A".repeat(5_000))).isEqualTo("A".repeat(ShownName.MAX) + "…");
        assertThat(ShownName.of("A".repeat(ShownName.MAX - 1) + "🙂🙂")).isEqualTo("A".repeat(ShownName.MAX - 1) + "…");
        assertThat(ShownName.of(null)).isEmpty();
    }

    @Test
    void theAgentsHeaderIsOneShortLineWhateverTheNames() {
        User user = BotUtils.fromJson("{\"id\":42,\"is_bot\":false,\"first_name\":\"" + "\\u202E\\n".repeat(10) + "x".repeat(5_000)
                + "\",\"last_name\":\"\\u200F\",\"username\":\"ann\\nbot\"}", User.class);
        String header = SupportThread.header(new ConversationKey("telegram", "42"), user);
        assertThat(header).isEqualTo("ref: telegram/42 · " + "x".repeat(ShownName.MAX) + "… (@ann bot, id 42)");
        assertThat(SupportThread.describe(BotUtils.fromJson("{\"id\":7,\"is_bot\":false}", User.class))).isEqualTo("(id 7)");
    }

    /** CSV cannot hold the characters themselves readably: "\\u202E", "\\n" and "\\t" stand for them. */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && text.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\') {
                out.append(text.charAt(i + 1) == 'n' ? '\n' : '\t');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
