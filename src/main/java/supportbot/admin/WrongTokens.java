package supportbot.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Wrong admin tokens per client address. After {@link #FREE} wrong ones an address waits before its next
 * try: 1 s, then twice as long after each further wrong one, up to 5 minutes; so a guesser gets about a dozen
 * tries an hour instead of thousands a second. A right token clears the address; an hour without a try
 * forgets it.
 *
 * <p>Only the {@link #MAX_ADDRESSES} addresses tried most recently are kept (a spread-out guesser makes more):
 * the map is in order of last try, so the one to drop is always its first.
 */
final class WrongTokens {
    static final int FREE = 5;
    static final int MAX_ADDRESSES = 10_000;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    private record Tries(int wrong, Instant last) {
        Duration waitLeft(Instant now) {
            if (wrong < FREE) {
                return Duration.ZERO;
            }
            Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(wrong - FREE, 20));
            Instant until = last.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
            return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
        }
    }

    private final Clock clock;
    /** One lock for all: a try is a few map operations, and the check and the count must be one step. */
    private final Map<String, Tries> byAddress = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Tries> eldest) {
            return size() > MAX_ADDRESSES;
        }
    });

    WrongTokens(Clock clock) {
        this.clock = clock;
    }

    /**
     * A try from {@code address}: empty when it may be looked at now, and then it counts as wrong until
     * {@link #right} says otherwise; else how long the address must still wait. Checking and counting are one
     * step, so of many tries sent together as a wait ends, one is looked at.
     */
    Optional<Duration> take(String address) {
        Instant now = clock.instant();
        Duration[] left = {Duration.ZERO};
        byAddress.compute(address, (a, tries) -> {
            if (tries == null || tries.last().isBefore(now.minus(FORGET_AFTER))) {
                return new Tries(1, now);
            }
            left[0] = tries.waitLeft(now);
            return left[0].isZero() ? new Tries(tries.wrong() + 1, now) : tries;
        });
        return left[0].isZero() ? Optional.empty() : Optional.of(left[0]);
    }

    void right(String address) {
        byAddress.remove(address);
    }
}
