package supportbot.channel.telegram;

import com.pengrad.telegrambot.request.BaseRequest;
import com.pengrad.telegrambot.request.CopyMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import supportbot.dialog.Reply;
import supportbot.metrics.BotMetrics;
import supportbot.store.Outbox;
import supportbot.store.Queued;

/**
 * Delivers the outbox to Telegram. One thread looks for due replies (the first unsent one of each
 * queue) and hands each to a worker, within the rate limits; a worker sends it, once per part, and marks
 * it before the queue may go on, so a chat's replies arrive in order and a reply that was marked is never
 * sent again. A failed send stays in the outbox and is retried with capped exponential backoff until
 * {@code giveUpAfter}; a 429 waits what Telegram asks (two minutes at most, see {@link TelegramWait}); a refusal
 * (blocked, chat not found) ends that reply's retries, is logged once and passed to {@code onRefused}. A reply
 * whose send throws is tried again the same way, and given up after the same exception three times in a row
 * (see {@link RepeatedThrows}). A queue that waits holds up no other.
 */
final class OutboxSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 500;
    private static final long IDLE_MS = 1_000;
    /** A rate wait this long is written back to the outbox, so that the replies behind it are seen meanwhile. */
    private static final long POSTPONE_AFTER_MS = 200;
    /** Tries of an attachment's copy to the support chat before it is given up (its text went out already). */
    private static final int COPY_TRIES = 3;
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    /** How long and how often a failed reply is tried again. */
    record Retries(Duration first, Duration max, Duration giveUpAfter) {
    }

    private final Outbox outbox;
    private final TelegramApi api;
    private final RateLimiter limits;
    private final Retries retries;
    private final OptionalLong supportChat;
    private final Consumer<Queued> onRefused;
    private final Clock clock;
    private final BotMetrics metrics;
    private final ExecutorService workers;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final RepeatedThrows thrown = new RepeatedThrows();
    /**
     * When each queue's last worker finished (nanoTime). A reply read from the outbox before that moment
     * may already be sent or rescheduled: it waits for the next read instead of going out twice.
     */
    private final Map<String, Long> finishedAt = new ConcurrentHashMap<>();
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running = true;
    private Thread thread;

    OutboxSender(Outbox outbox, TelegramApi api, RateLimiter limits, Retries retries, OptionalLong supportChat,
                 Consumer<Queued> onRefused, Clock clock, int workers, BotMetrics metrics) {
        this.outbox = outbox;
        this.api = api;
        this.limits = limits;
        this.retries = retries;
        this.supportChat = supportChat;
        this.onRefused = onRefused;
        this.clock = clock;
        this.metrics = metrics;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "telegram-send-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    OutboxSender start() {
        Outbox.Backlog backlog = outbox.backlog();
        if (backlog.pending() > 0) {
            log.info("{} replies wait in the outbox, the oldest from {}", backlog.pending(), backlog.oldest());
        }
        thread = new Thread(this::run, "telegram-outbox");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** Something was queued or a queue came free: look again now. */
    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void run() {
        long nextPurge = System.nanoTime();
        while (running) {
            long waitMs = IDLE_MS;
            long readAt = System.nanoTime();
            finishedAt.values().removeIf(t -> t < readAt);
            Set<Long> limited = new HashSet<>();
            try {
                for (Queued q : outbox.due(clock.instant(), BATCH)) {
                    waitMs = Math.min(waitMs, dispatch(q, readAt, limited));
                }
                if (readAt - nextPurge >= 0) {
                    outbox.purgeSent(clock.instant());
                    nextPurge = readAt + PURGE_EVERY.toNanos();
                }
            } catch (RuntimeException e) {
                log.warn("the outbox cannot be read: {}", e.getMessage());
            }
            synchronized (signal) {
                if (!woken && running) {
                    try {
                        signal.wait(Math.max(1, waitMs));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                woken = false;
            }
        }
    }

    /**
     * Hands the reply to a worker if its queue is free and the limits allow; returns how soon to look again.
     * A reply that must wait a while for its chat's limit is put back in the outbox for then, so that the
     * replies after it in the list (other chats) are still seen.
     */
    private long dispatch(Queued q, long readAt, Set<Long> limited) {
        String queue = q.key() + "/" + q.outgoing().reply().audience();
        if (inFlight.contains(queue) || finishedAt.getOrDefault(queue, Long.MIN_VALUE) >= readAt) {
            return IDLE_MS;   // in a worker's hands, or just out of them: the worker wakes the loop
        }
        OptionalLong chat;
        try {
            chat = destination(q);
        } catch (RuntimeException e) {
            log.warn("reply {} of {} has no chat to go to: dropped", q.id(), q.key());
            outbox.dropped(q.id(), clock.instant(), "no chat");
            return 0;
        }
        if (chat.isEmpty()) {
            log.warn("reply {} of {} is for the support chat, but none is set: dropped", q.id(), q.key());
            outbox.dropped(q.id(), clock.instant(), "no support chat");
            return 0;
        }
        if (limited.contains(chat.getAsLong())) {
            return IDLE_MS;
        }
        long wait = limits.reserve(chat.getAsLong(), System.nanoTime());
        if (wait > 0) {
            limited.add(chat.getAsLong());
            long waitMs = TimeUnit.NANOSECONDS.toMillis(wait) + 1;
            if (waitMs >= POSTPONE_AFTER_MS) {
                outbox.postpone(q.id(), clock.instant().plusMillis(waitMs));
            }
            return Math.min(waitMs, IDLE_MS);
        }
        inFlight.add(queue);
        try {
            workers.execute(() -> {
                try {
                    deliverCaught(q, chat.getAsLong());
                } finally {
                    finishedAt.put(queue, System.nanoTime());
                    inFlight.remove(queue);
                    wake();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            inFlight.remove(queue);   // shutting down: it stays in the outbox for the next start
        }
        return IDLE_MS;
    }

    private OptionalLong destination(Queued q) {
        return q.outgoing().reply().forSupport() ? supportChat : OptionalLong.of(SupportThread.chatOf(q.key()));
    }

    /** Whatever a reply throws stays with that reply: it is retried or given up, and the queue goes on. */
    private void deliverCaught(Queued q, long chat) {
        try {
            deliver(q, chat);
            thrown.clear(q.id());
        } catch (RuntimeException e) {
            String why = Redaction.escaped(e.toString());
            int times = thrown.count(q.id(), why);
            log.debug("reply {} to chat {} threw", q.id(), chat, e);
            if (times >= RepeatedThrows.GIVE_UP_AT) {
                log.error("reply {} to chat {} cannot be sent ({} times: {}): given up", q.id(), chat, times, why);
                thrown.clear(q.id());
                giveUp(q, "cannot be sent: " + why);
            } else {
                retryLater(q, chat, why);
            }
        }
    }

    /**
     * Sends the parts not sent yet, one try each. Whatever happens, what Telegram took is never sent again
     * by this process: the marks are retried until the store has them (see {@link #durably}).
     */
    private void deliver(Queued q, long chat) {
        List<BaseRequest<?, ?>> parts = parts(q, chat);
        for (int i = q.partsSent(); i < parts.size(); i++) {
            int part = i;
            if (i > q.partsSent()) {
                long wait = limits.reserve(chat, System.nanoTime());
                if (wait > 0) {
                    // The rest must wait for the chat's limit: no worker sleeps for it.
                    durably(() -> outbox.postpone(q.id(), clock.instant().plusMillis(TimeUnit.NANOSECONDS.toMillis(wait) + 1)));
                    return;
                }
            }
            BaseRequest<?, ?> request = parts.get(i);
            SendResult result = api.attempt(request);
            metrics.send(result instanceof SendResult.Accepted ? "accepted" : result instanceof SendResult.RetryAfter ? "rate_limited"
                    : result instanceof SendResult.Refused ? "refused" : "failed");
            if (result instanceof SendResult.Accepted) {
                if (q.attempts() > 0 && i == q.partsSent()) {
                    log.info("reply {} to chat {} delivered after {} failed tries", q.id(), chat, q.attempts());
                }
                if (i < parts.size() - 1) {
                    durably(() -> outbox.partsSent(q.id(), part + 1));
                }
            } else if (request instanceof CopyMessage && (result instanceof SendResult.Refused
                    || result instanceof SendResult.Failed && q.attempts() + 1 >= COPY_TRIES)) {
                // The attachment under a hand-off: the line above it says enough if Telegram will not copy it, and
                // the agent's next messages must not wait a day behind it.
                log.warn("the user's attachment could not be copied to the support chat: {}", result);
            } else if (result instanceof SendResult.RetryAfter asked) {
                log.warn("reply {} to chat {}: Telegram's 429, waiting {}", q.id(), chat, TelegramWait.describe(asked.seconds()));
                int seconds = TelegramWait.seconds(asked.seconds());
                limits.pause(chat, Duration.ofSeconds(seconds), System.nanoTime());
                durably(() -> outbox.postpone(q.id(), clock.instant().plusSeconds(seconds)));
                return;
            } else if (result instanceof SendResult.Refused refused) {
                log.warn("reply {} to chat {} refused by Telegram ({}): not sent", q.id(), chat, refused.why());
                durably(() -> outbox.dropped(q.id(), clock.instant(), refused.why()));
                onRefused.accept(q);
                return;
            } else if (result instanceof SendResult.Failed failed) {
                retryLater(q, chat, failed.why());
                return;
            }
        }
        durably(() -> outbox.sent(q.id(), clock.instant()));
    }

    /**
     * A mark the store could not take (disk full, locked) is tried again, and the queue stays in this
     * worker's hands meanwhile: sending the reply again would be a duplicate. Only a shutdown gives up (the
     * next start sends what was not marked).
     */
    private void durably(Runnable mark) {
        for (int failures = 0; ; failures++) {
            try {
                mark.run();
                return;
            } catch (RuntimeException e) {
                if (failures == 0) {
                    log.error("the outbox cannot record a send: {}; trying again", e.getMessage());
                }
                if (!running) {
                    return;
                }
                try {
                    Thread.sleep(Math.min(30_000, 500L << Math.min(failures, 6)));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void retryLater(Queued q, long chat, String why) {
        Instant now = clock.instant();
        if (Duration.between(q.createdAt(), now).compareTo(retries.giveUpAfter()) >= 0) {
            log.error("reply {} to chat {} not delivered in {} ({} tries; last: {}): given up", q.id(), chat,
                    readable(retries.giveUpAfter()), q.attempts() + 1, why);
            giveUp(q, why);
            return;
        }
        Duration backoff = backoff(q.attempts());
        if (q.attempts() == 0) {
            log.warn("reply {} to chat {} failed ({}); trying again in {} ms, then less often, for up to {}", q.id(), chat,
                    why, backoff.toMillis(), readable(retries.giveUpAfter()));
        } else {
            log.debug("reply {} to chat {} failed again ({}), try {} in {} ms", q.id(), chat, why, q.attempts() + 2, backoff.toMillis());
        }
        durably(() -> outbox.retryAt(q.id(), now.plus(backoff), why));
    }

    /** Counted in {@code stats} (the outbox's given up) and in {@code /metrics}. */
    private void giveUp(Queued q, String why) {
        durably(() -> outbox.gaveUp(q.id(), clock.instant(), why));
        metrics.gaveUp();
    }

    /** first × 2^attempts, capped, with a little jitter so that many chats do not all try at the same moment. */
    Duration backoff(int attempts) {
        long first = retries.first().toMillis();
        long capped = Math.min(retries.max().toMillis(), first << Math.min(attempts, 30));
        return Duration.ofMillis(capped - ThreadLocalRandom.current().nextLong(capped / 5 + 1));
    }

    /** "24h", "15m", "0.5s" rather than ISO's "PT24H". */
    private static String readable(Duration d) {
        return d.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }

    private static List<BaseRequest<?, ?>> parts(Queued q, long chat) {
        Reply reply = q.outgoing().reply();
        List<BaseRequest<?, ?>> parts = new ArrayList<>(reply.forSupport()
                ? ReplyRenderer.renderForSupport(chat, q.outgoing().supportHeader(), reply)
                : ReplyRenderer.render(chat, reply));
        if (reply.forSupport() && q.outgoing().copyMessageId() > 0) {
            parts.add(new CopyMessage(chat, SupportThread.chatOf(q.key()), (int) q.outgoing().copyMessageId()));
        }
        return parts;
    }

    @Override
    public void close() {
        running = false;
        wake();
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.shutdown();
        try {
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
