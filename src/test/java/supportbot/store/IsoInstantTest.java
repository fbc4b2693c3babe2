package supportbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast instant text is java.time's, both ways. */
class IsoInstantTest {

    @Test
    void writesAndReadsWhatJavaTimeDoesForAnyInstant() {
        Random random = new Random(20261208L);
        for (int i = 0; i < 100_000; i++) {
            long second = random.nextLong(-100_000_000_000L, 400_000_000_000L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(second, nanos);
            assertThat(IsoInstant.write(instant)).isEqualTo(instant.toString());
            assertThat(IsoInstant.read(instant.toString())).isEqualTo(instant);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-08T00:14:01Z", "2026-12-08T00:14:01.8Z", "2026-12-08T00:14:01.82100118Z",
            "0999-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "2026-12-08T24:00:00Z", "2026-12-08T00:14:01.Z"})
    void readsEveryFormJavaTimeReads(String text) {
        assertThat(IsoInstant.read(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-31T00:00:00Z", "2026-12-08T25:00:00Z", "2026-12-08T00:14:0xZ", "2026-12-08 00:14:01Z",
            "yesterday"})
    void refusesWhatJavaTimeRefuses(String text) {
        assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> IsoInstant.read(text)).isInstanceOf(DateTimeException.class);
    }
}
