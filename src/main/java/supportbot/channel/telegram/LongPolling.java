package supportbot.channel.telegram;

import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.response.GetUpdatesResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Long polling (getUpdates with a timeout, so Telegram holds the request open until something arrives).
 * The offset moves past a batch only when every update in it has been handled and stored: a crash
 * before that makes Telegram send them again, and the store drops the ones already applied.
 */
final class LongPolling implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(LongPolling.class);
    static final String[] ALLOWED_UPDATES = {"message", "callback_query"};
    private static final long EMPTY_POLL_PAUSE_MS = 50;

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
        int offset = 0;
        while (running && !Thread.currentThread().isInterrupted()) {
            try {
                long asked = System.nanoTime();
                GetUpdatesResponse response = api.call(new GetUpdates()
                        .offset(offset).limit(100).timeout(timeoutSeconds).allowedUpdates(ALLOWED_UPDATES));
                List<Update> updates = response.updates() == null ? List.of() : response.updates();
                if (updates.isEmpty()) {
                    // A server that answers an empty poll at once (a local emulator, a proxy) must not make this spin.
                    if (System.nanoTime() - asked < EMPTY_POLL_PAUSE_MS * 1_000_000) {
                        Thread.sleep(EMPTY_POLL_PAUSE_MS);
                    }
                    continue;
                }
                CompletableFuture.allOf(updates.stream().map(channel::dispatch).toArray(CompletableFuture[]::new)).join();
                offset = updates.stream().mapToInt(Update::updateId).max().getAsInt() + 1;
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
