package supportbot.channel.telegram;

import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.response.GetUpdatesResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Long polling (getUpdates with a timeout, so Telegram holds the request open until something arrives).
 * Polling goes on while updates are being handled, so one slow chat holds up no other. The offset never
 * moves past an update still in hand: after a crash Telegram sends those again, and the store drops
 * the ones that were applied.
 */
final class LongPolling implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(LongPolling.class);
    static final String[] ALLOWED_UPDATES = {"message", "callback_query"};
    private static final long PAUSE_MS = 20;

    private final TelegramApi api;
    private final TelegramChannel channel;
    private final int timeoutSeconds;
    private volatile boolean running = true;

    LongPolling(TelegramApi api, TelegramChannel channel, int timeoutSeconds) {
        this.api = api;
        this.channel = channel;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    public void run() {
        ConcurrentSkipListMap<Integer, CompletableFuture<Void>> inHand = new ConcurrentSkipListMap<>();
        int next = 0;
        while (running && !Thread.currentThread().isInterrupted()) {
            try {
                int offset = inHand.isEmpty() ? next : Math.min(next, inHand.firstKey());
                long asked = System.nanoTime();
                // While updates are in hand Telegram answers at once with them: no long wait then.
                GetUpdatesResponse response = api.call(new GetUpdates().offset(offset).limit(100)
                        .timeout(inHand.isEmpty() ? timeoutSeconds : 0).allowedUpdates(ALLOWED_UPDATES));
                List<Update> updates = response.updates() == null ? List.of() : response.updates();
                boolean anyNew = false;
                for (Update update : updates) {
                    int id = update.updateId();
                    if (id >= next) {
                        anyNew = true;
                        next = id + 1;
                        inHand.put(id, channel.dispatch(update).whenComplete((ok, error) -> inHand.remove(id)));
                    }
                }
                // A server that answers at once (updates in hand, a local emulator, a proxy) must not make this spin.
                if (!anyNew && System.nanoTime() - asked < PAUSE_MS * 1_000_000) {
                    Thread.sleep(PAUSE_MS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // Telegram unreachable for longer than the retries: keep polling, a little slower.
                log.warn("polling failed: {}", e.getMessage());
                sleepQuietly(5_000);
            }
        }
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
