package supportbot.channel.telegram;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps sends under Telegram's limits: a token bucket per chat (short bursts, then about one message a
 * second) inside one bucket for the whole bot (about 30 a second). {@link #acquire} waits for a slot.
 */
final class RateLimiter {
    private final Bucket overall;
    private final ConcurrentHashMap<Long, Bucket> chats = new ConcurrentHashMap<>();
    private final int chatBurst;
    private final double chatPerSecond;

    RateLimiter(int chatBurst, double chatPerSecond, int overallPerSecond) {
        if (chatBurst < 1 || chatPerSecond <= 0 || overallPerSecond < 1) {
            throw new IllegalArgumentException("send limits must be positive");
        }
        this.chatBurst = chatBurst;
        this.chatPerSecond = chatPerSecond;
        this.overall = new Bucket(overallPerSecond, overallPerSecond);
    }

    void acquire(long chatId) throws InterruptedException {
        chats.computeIfAbsent(chatId, id -> new Bucket(chatBurst, chatPerSecond)).take();
        overall.take();
    }

    /** Refills continuously; take() blocks until a token is there. */
    private static final class Bucket {
        private final double capacity;
        private final double perNano;
        private double tokens;
        private long last = System.nanoTime();

        Bucket(double capacity, double perSecond) {
            this.capacity = capacity;
            this.perNano = perSecond / 1e9;
            this.tokens = capacity;
        }

        void take() throws InterruptedException {
            long waitNanos;
            synchronized (this) {
                long now = System.nanoTime();
                tokens = Math.min(capacity, tokens + (now - last) * perNano);
                last = now;
                tokens -= 1;
                waitNanos = tokens >= 0 ? 0 : (long) (-tokens / perNano);
            }
            if (waitNanos > 0) {
                Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
            }
        }
    }
}
