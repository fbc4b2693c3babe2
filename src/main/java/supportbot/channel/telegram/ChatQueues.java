package supportbot.channel.telegram;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import supportbot.store.StoreUnavailableException;

/**
 * Runs the work of one chat in arrival order and different chats in parallel. A task that throws is
 * logged and does not stop the ones after it.
 */
final class ChatQueues implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ChatQueues.class);

    private final ExecutorService pool;
    private final ConcurrentHashMap<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    ChatQueues(int workers) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "telegram-chat-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues the task behind the chat's earlier ones; the future completes when it has run (or failed). */
    CompletableFuture<Void> submit(long chatId, Runnable task) {
        CompletableFuture<Void> next = tails.compute(chatId, (id, tail) ->
                (tail == null ? CompletableFuture.<Void>completedFuture(null) : tail).thenRunAsync(() -> {
                    try {
                        task.run();
                    } catch (StoreUnavailableException e) {
                        // Only when stopping (closed or interrupted): polling and the webhook have stopped already, so
                        // the update is not confirmed and Telegram hands it in again. The chain must go on normally.
                        log.warn("an update of chat {} was not saved before the stop: {}", id, e.getMessage());
                    } catch (RuntimeException e) {
                        log.error("handling an update of chat {} failed", id, e);
                    }
                }, pool));
        next.whenComplete((ok, error) -> tails.remove(chatId, next));
        return next;
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
