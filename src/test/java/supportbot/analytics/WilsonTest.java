package supportbot.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The 95 % Wilson interval: known values, and no NaN from an odd count. */
class WilsonTest {
    @Test
    void itMatchesTheTextbookValues() {
        Wilson w = Wilson.of(8, 10);
        assertThat(w.rate()).isEqualTo(0.8);
        assertThat(w.low()).isCloseTo(0.490, within(0.001));
        assertThat(w.high()).isCloseTo(0.943, within(0.001));
        assertThat(Wilson.of(0, 0)).isEqualTo(new Wilson(0, 0, 1));
    }

    @Test
    void aCountBelowZeroOrAboveTheTriesStaysAnInterval() {
        assertThat(Wilson.of(-1, 3).low()).isZero();
        assertThat(Double.isNaN(Wilson.of(-1, 3).high())).isFalse();
        assertThat(Wilson.of(5, 3).high()).isEqualTo(1.0);
    }
}
