package supportbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplesTest {

    @Test
    void readsLabelAndTextAndSkipsBlanksAndComments(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("d.txt"), "# comment\nwifi no wifi at home\n\nstorage  full icloud \n");
        assertThat(Samples.read(file)).containsExactly(new Sample("wifi", "no wifi at home"), new Sample("storage", "full icloud"));
    }

    @Test
    void aLineWithoutTextIsRejectedWithItsLineNumber(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("d.txt"), "wifi no wifi\nstorage\n");
        assertThatThrownBy(() -> Samples.read(file)).hasMessageContaining("d.txt:2");
    }
}
