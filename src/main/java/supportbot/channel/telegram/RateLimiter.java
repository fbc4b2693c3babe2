package supportbot.channel.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps sends under Telegram's limits, each as "at most N in any window": per chat (a short burst, then
 * about one a second), per group (about 20 a minute, the support group included), and for the whole bot
 * (30 a second, from the very first second). {@link #reserve} never waits: it takes a slot in every window
 * or says how long until there is one, so a sender thread is never held by a busy chat. A 429 pauses the
 * chat it came from for as long as Telegram asked.
 */
final class RateLimiter {
    private static final int FORGET_AFTER_CHATS = 10_000;

    private final SlidingWindow overall;
    private final int chatBurst;
    private final Duration chatWindow;
    private final int groupPerMinute;
    private final Map<Long, SlidingWindow> chats = new HashMap<>();
    private final Map<Long, SlidingWindow> groups = new HashMap<>();
    private final Map<Long, Long> pausedUntil = new HashMap<>();

    RateLimiter(int chatBurst, double chatPerSecond, int groupPerMinute, int overallPerSecond) {
        if (chatBurst < 1 || chatPerSecond <= 0 || groupPerMinute < 1 || overallPerSecond < 1) {
            throw new IllegalArgumentException("send limits must be positive");
        }
        this.chatBurst = chatBurst;
        this.chatWindow = Duration.ofNanos((long) (chatBurst / chatPerSecond * 1e9));
        this.groupPerMinute = groupPerMinute;
        this.overall = new SlidingWindow(overallPerSecond, Duration.ofSeconds(1));
    }

    /** Takes a slot for one message to {@code chatId} at {@code nowNanos} and returns 0, or returns the nanos to wait. */
    synchronized long reserve(long chatId, long nowNanos) {
        long paused = pausedUntil.getOrDefault(chatId, nowNanos) - nowNanos;
        if (paused > 0) {
            return paused;
        }
        pausedUntil.remove(chatId);
        SlidingWindow chat = chats.computeIfAbsent(chatId, id -> new SlidingWindow(chatBurst, chatWindow));
        // Telegram's group ids are negative; a group's members share its limit.
        SlidingWindow group = chatId < 0 ? groups.computeIfAbsent(chatId, id -> new SlidingWindow(groupPerMinute, Duration.ofMinutes(1))) : null;
        long wait = Math.max(chat.waitNanos(nowNanos), Math.max(overall.waitNanos(nowNanos), group == null ? 0 : group.waitNanos(nowNanos)));
        if (wait > 0) {
            return wait;
        }
        chat.take(nowNanos);
        overall.take(nowNanos);
        if (group != null) {
            group.take(nowNanos);
        }
        if (chats.size() > FORGET_AFTER_CHATS) {
            chats.values().removeIf(w -> w.idle(nowNanos));
        }
        return 0;
    }

    /** After a 429: nothing goes to that chat for the time Telegram asked. */
    synchronized void pause(long chatId, Duration wait, long nowNanos) {
        pausedUntil.merge(chatId, nowNanos + wait.toNanos(), Math::max);
    }

    /** The send times of the last window; a new one is allowed while fewer than {@code max} are in it. */
    private static final class SlidingWindow {
        private final int max;
        private final long windowNanos;
        private final ArrayDeque<Long> times = new ArrayDeque<>();

        SlidingWindow(int max, Duration window) {
            this.max = max;
            this.windowNanos = window.toNanos();
        }

        long waitNanos(long now) {
            while (!times.isEmpty() && now - times.peekFirst() >= windowNanos) {
                times.pollFirst();
            }
            return times.size() < max ? 0 : times.peekFirst() + windowNanos - now;
        }

        void take(long now) {
            times.addLast(now);
        }

        boolean idle(long now) {
            return times.isEmpty() || now - times.peekLast() >= windowNanos;
        }
    }
}
