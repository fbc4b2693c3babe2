package supportbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    static Stream<Arguments> spellings() {
        return Stream.of(
                Arguments.of("My iPhone WON'T back up", "my iphone wont back up"),
                Arguments.of("Wi-Fi, wifi, WiFi and wi fi", "wifi wifi wifi and wifi"),
                Arguments.of("only 5GB free", "only 5 gb free"),
                Arguments.of("iphone12 pro", "iphone 12 pro"),
                Arguments.of("it’s “stuck”...", "its stuck"),
                Arguments.of("worked 👍", "worked emoji_thumbs_up_sign"),
                Arguments.of("ok👍🏽", "ok emoji_thumbs_up_sign"),
                Arguments.of("ｆｕｌｌ-width", "full width"));
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @MethodSource("spellings")
    void spellingsOfTheSameWordsGiveTheSameTokens(String typed, String tokens) {
        assertThat(String.join(" ", TextNormalizer.tokens(typed))).isEqualTo(tokens);
    }

    @Test
    void blankTextHasNoTokens() {
        assertThat(TextNormalizer.tokens("  ?! ")).isEmpty();
    }

    @Test
    void veryLongTextIsCut() {
        String[] tokens = TextNormalizer.tokens("backup ".repeat(5_000));
        assertThat(tokens.length).isLessThanOrEqualTo(TextNormalizer.MAX_CHARS / 7 + 1);
    }
}
