package supportbot.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong admin tokens per client address. After {@link #FREE} wrong ones an address waits before its next
 * try: 1 s, then twice as long after each further wrong one, up to 5 minutes; so a guesser gets about a dozen
 * tries an hour instead of thousands a second. A right token clears the address; an hour without a try
 * forgets it.
 */
final class WrongTokens {
    static final int FREE = 5;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** Beyond this many addresses, the ones not heard of for a while are dropped (a spread-out guesser). */
    private static final int MAX_ADDRESSES = 10_000;

    private record Tries(int wrong, Instant last) {
        Duration waitAfter() {
            int doublings = Math.min(wrong - FREE, 20);
            Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
            return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
        }
    }

    private final Clock clock;
    private final Map<String, Tries> byAddress = new ConcurrentHashMap<>();

    WrongTokens(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code address} must still wait before a try is looked at; empty when it may try now. */
    Optional<Duration> waitFor(String address) {
        Tries tries = byAddress.get(address);
        if (tries == null || tries.wrong() < FREE) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), tries.last().plus(tries.waitAfter()));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    void wrong(String address) {
        Instant now = clock.instant();
        if (byAddress.size() >= MAX_ADDRESSES) {
            byAddress.values().removeIf(t -> t.last().isBefore(now.minus(LONGEST_WAIT)));
        }
        byAddress.merge(address, new Tries(1, now), (old, one) -> old.last().isBefore(now.minus(FORGET_AFTER))
                ? one : new Tries(old.wrong() + 1, now));
    }

    void right(String address) {
        byAddress.remove(address);
    }
}
