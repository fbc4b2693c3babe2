package supportbot.channel.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import supportbot.store.SessionStore;

/**
 * Runs what one instance at a time may do among those sharing a store (poll Telegram, send the outbox)
 * while this instance holds the store's lease, and stands by otherwise, trying for it every second. The
 * holder's lease ends with its database connection, so when it dies another instance takes over within a
 * second or two; when this instance's hold breaks, the duty stops until it holds the lease again.
 */
final class Standby implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Standby.class);
    private static final long TRY_EVERY_MS = 1_000;

    /** The duty: started on taking the lease, stopped by closing what it returned. */
    interface Duty {
        AutoCloseable start() throws Exception;
    }

    private final String what;
    private final SessionStore.Lease lease;
    private final Duty duty;
    private final Thread thread;
    private volatile boolean running = true;
    private AutoCloseable current;
    /** Whether this instance has waited for the lease: then taking it is news for the log. */
    private boolean stoodBy;

    Standby(String what, SessionStore.Lease lease, Duty duty) {
        this.what = what;
        this.lease = lease;
        this.duty = duty;
        this.thread = new Thread(this::run, "standby-" + what.replace(' ', '-'));
        this.thread.setDaemon(true);
    }

    /** Takes the lease now if it is free (a store of one process: always), and keeps trying in the background. */
    Standby start() {
        if (!step()) {
            stoodBy = true;
            log.info("{}: another instance holds the lease; standing by", what);
        }
        thread.start();
        return this;
    }

    /** Whether this instance does the duty now. */
    synchronized boolean active() {
        return current != null;
    }

    private void run() {
        while (running) {
            try {
                Thread.sleep(TRY_EVERY_MS);
            } catch (InterruptedException e) {
                return;
            }
            step();
        }
    }

    /** One look at the lease: take it and start, or notice it is gone and stop. True while the duty runs. */
    private synchronized boolean step() {
        if (!running) {
            return false;
        }
        if (current == null) {
            if (lease.tryTake()) {
                try {
                    current = duty.start();
                    if (stoodBy) {
                        log.info("{}: this instance took the lease over and runs it now", what);
                    }
                } catch (Exception e) {
                    log.error("{}: could not start ({}); trying again", what, e.toString());
                    lease.close();
                }
            }
        } else if (!lease.held()) {
            log.warn("{}: the lease is lost (the database connection broke); stopping until it is held again", what);
            stoodBy = true;
            stopDuty();
        }
        return current != null;
    }

    private void stopDuty() {
        try {
            current.close();
        } catch (Exception e) {
            log.warn("{}: stopping: {}", what, e.toString());
        }
        current = null;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        synchronized (this) {
            if (current != null) {
                stopDuty();
            }
        }
        lease.close();
    }
}
