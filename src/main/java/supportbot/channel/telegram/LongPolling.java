package supportbot.channel.telegram;

import com.pengrad.telegrambot.model.Update;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Long polling (getUpdates with a timeout, so Telegram holds the request open until something arrives).
 * Polling goes on while updates are being handled, so one slow chat holds up no other. The offset never
 * moves past an update still in hand: after a crash Telegram sends those again, and the store drops
 * the ones that were applied. Updates that cannot be read are skipped (see {@link UpdateFeed}).
 */
final class LongPolling implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(LongPolling.class);
    static final String[] ALLOWED_UPDATES = {"message", "callback_query"};
    private static final long PAUSE_MS = 20;
    private static final long MAX_PAUSE_MS = 1_000;
    private static final long FAILED_PAUSE_MS = 2_000;
    private static final long CONFLICT_PAUSE_MS = 5_000;

    private final UpdateFeed feed;
    private final TelegramChannel channel;
    private final int timeoutSeconds;
    private volatile boolean running = true;
    private volatile long lastSuccessNanos = System.nanoTime();

    LongPolling(UpdateFeed feed, TelegramChannel channel, int timeoutSeconds) {
        this.feed = feed;
        this.channel = channel;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    public void run() {
        ConcurrentSkipListMap<Long, CompletableFuture<Void>> inHand = new ConcurrentSkipListMap<>();
        long next = 0;
        int failuresInARow = 0;
        int quietPolls = 0;
        while (running && !Thread.currentThread().isInterrupted()) {
            try {
                long offset = inHand.isEmpty() ? next : Math.min(next, inHand.firstKey());
                long asked = System.nanoTime();
                // While updates are in hand Telegram answers at once with them: no long wait then.
                UpdateFeed.Batch batch = feed.fetch(offset, inHand.isEmpty() ? timeoutSeconds : 0, next);
                lastSuccessNanos = System.nanoTime();
                if (failuresInARow > 0) {
                    log.info("polling works again after {} failed tries", failuresInARow);
                    failuresInARow = 0;
                }
                boolean anyNew = batch.nextOffset() > next;
                for (Update update : batch.updates()) {
                    long id = update.updateId();
                    if (id >= next) {
                        // Put before the callback is set: an update that is done at once (ignored) must not stay "in hand".
                        CompletableFuture<Void> handled = channel.dispatch(update);
                        inHand.put(id, handled);
                        handled.whenComplete((ok, error) -> inHand.remove(id));
                    }
                }
                next = Math.max(next, batch.nextOffset());
                // A server that answers at once (updates in hand, a local emulator, a proxy) must not make this spin;
                // updates held up for long (the store cannot save) slow it down further, to a poll a second or so.
                quietPolls = anyNew ? 0 : quietPolls + 1;
                long pause = Math.min(MAX_PAUSE_MS, PAUSE_MS << Math.min(quietPolls / 10, 6));
                if (!anyNew && System.nanoTime() - asked < pause * 1_000_000) {
                    Thread.sleep(pause);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (UpdateFeed.FeedException e) {
                failuresInARow++;
                sleepQuietly(pauseAfter(e, failuresInARow));
            } catch (RuntimeException e) {
                // Whatever went wrong with one batch, polling must go on.
                log.warn("polling: {}", Redaction.escaped(e.toString()));
                sleepQuietly(FAILED_PAUSE_MS);
            }
        }
    }

    /**
     * Logs the failure once, not at every try, and says how long to wait before the next poll: on a 429 what
     * Telegram asks, two minutes at most ({@link TelegramWait}).
     */
    static long pauseAfter(UpdateFeed.FeedException e, int failuresInARow) {
        if (e.code() == 409) {
            log.warn("{}: another instance is polling with this token, or a webhook is set; trying again in {} s",
                    e.getMessage(), CONFLICT_PAUSE_MS / 1000);
            return CONFLICT_PAUSE_MS;
        }
        if (e.code() == 429) {
            log.warn("{}: waiting {}", e.getMessage(), TelegramWait.describe(e.retryAfter()));
            return TelegramWait.seconds(e.retryAfter()) * 1000L;
        }
        if (failuresInARow == 1) {
            log.warn("{}; trying again every {} s", e.getMessage(), FAILED_PAUSE_MS / 1000);
        } else {
            log.debug("{} ({} in a row)", e.getMessage(), failuresInARow);
        }
        return FAILED_PAUSE_MS;
    }

    /** When getUpdates last answered (System.nanoTime), for a readiness check. */
    long lastSuccessNanos() {
        return lastSuccessNanos;
    }

    void stop() {
        running = false;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
