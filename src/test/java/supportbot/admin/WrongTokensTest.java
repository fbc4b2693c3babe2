package supportbot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import supportbot.testing.SetClock;

/** Wrong admin tokens per address, on a clock the test sets. */
class WrongTokensTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void ofManyTriesSentTogetherAsAWaitEndsOneIsLookedAt() throws Exception {
        SetClock clock = new SetClock(T0);
        WrongTokens wrong = new WrongTokens(clock);
        slowDown(wrong, "10.0.0.1");
        assertThat(parallelTries(wrong, 300)).as("while it waits").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(parallelTries(wrong, 300)).as("as the wait ends: one, and the rest wait again").isEqualTo(1);
    }

    @Test
    void beyondItsBoundTheAddressTriedLongestAgoIsForgotten() {
        WrongTokens wrong = new WrongTokens(new SetClock(T0));
        slowDown(wrong, "10.0.0.1");
        slowDown(wrong, "10.0.0.2");
        assertThat(wrong.take("10.0.0.2")).as("waiting").isPresent();
        for (int i = 0; i < WrongTokens.MAX_ADDRESSES - 1; i++) {
            wrong.take("fd00::" + Integer.toHexString(i));
        }
        assertThat(wrong.take("10.0.0.2")).as("tried lately: still waiting").isPresent();
        assertThat(wrong.take("10.0.0.1")).as("tried longest ago: forgotten").isEmpty();
    }

    @Test
    void aRightTokenClearsTheAddress() {
        WrongTokens wrong = new WrongTokens(new SetClock(T0));
        slowDown(wrong, "10.0.0.1");
        wrong.right("10.0.0.1");
        assertThat(wrong.take("10.0.0.1")).isEmpty();
    }

    /** The free tries of {@code address}, all wrong: its next must wait. */
    private static void slowDown(WrongTokens wrong, String address) {
        for (int i = 0; i < WrongTokens.FREE; i++) {
            assertThat(wrong.take(address)).isEmpty();
        }
    }

    private static long parallelTries(WrongTokens wrong, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return wrong.take("10.0.0.1").isEmpty();
                }));
            }
            go.countDown();
            long lookedAt = 0;
            for (Future<Boolean> answer : answers) {
                lookedAt += answer.get() ? 1 : 0;
            }
            return lookedAt;
        } finally {
            pool.shutdown();
        }
    }
}
