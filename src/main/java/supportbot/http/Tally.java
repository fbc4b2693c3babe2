package supportbot.http;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;

/**
 * Counts something that may happen thousands of times a second (a wrong token, a refused connection) and
 * logs the count once per {@code every} in which it happened: a flood costs one line a minute, not one an event.
 */
public final class Tally {
    private final Logger log;
    private final String what;
    private final Duration every;
    private final Scheduler scheduler;
    private final AtomicInteger count = new AtomicInteger();

    /** {@code what} completes "N ... in the last 60 s", e.g. "wrong admin tokens". */
    public Tally(Logger log, String what, Duration every, Scheduler scheduler) {
        this.log = log;
        this.what = what;
        this.every = every;
        this.scheduler = scheduler;
    }

    public void add() {
        if (count.getAndIncrement() == 0) {
            scheduler.schedule(this::report, every);
        }
    }

    private void report() {
        log.warn("{} {} in the last {} s", count.getAndSet(0), what, every.toSeconds());
    }
}
