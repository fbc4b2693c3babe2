package supportbot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import supportbot.store.SessionStore;

/** Polling and sending run only while this instance holds the lease, and come back when it holds it again. */
class StandbyTest {

    /** A lease another instance may hold ({@code free} false) or that may break ({@code broken}). */
    private static final class ScriptedLease implements SessionStore.Lease {
        final AtomicBoolean free = new AtomicBoolean();
        final AtomicBoolean broken = new AtomicBoolean();
        private boolean mine;

        @Override
        public synchronized boolean tryTake() {
            mine = mine && !broken.get() || free.get() && !broken.get();
            return mine;
        }

        @Override
        public synchronized boolean held() {
            return mine && !broken.get();
        }

        @Override
        public synchronized void close() {
            mine = false;
        }
    }

    @Test
    void theDutyRunsOnlyWhileTheLeaseIsHeld() throws Exception {
        ScriptedLease lease = new ScriptedLease();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger stopped = new AtomicInteger();
        try (Standby standby = new Standby("test duty", lease, () -> {
            started.incrementAndGet();
            return stopped::incrementAndGet;
        }).start()) {
            assertThat(standby.active()).as("another instance holds it").isFalse();
            lease.free.set(true);
            await(standby, true);
            assertThat(started).hasValue(1);

            lease.broken.set(true);
            await(standby, false);
            assertThat(stopped).as("stopped when the hold broke").hasValue(1);

            lease.broken.set(false);
            await(standby, true);
            assertThat(started).as("started again once held again").hasValue(2);
        }
        assertThat(stopped).as("stopped on close").hasValue(2);
    }

    private static void await(Standby standby, boolean active) throws InterruptedException {
        for (int i = 0; i < 100 && standby.active() != active; i++) {
            Thread.sleep(50);
        }
        assertThat(standby.active()).isEqualTo(active);
    }
}
