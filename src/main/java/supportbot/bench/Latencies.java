package supportbot.bench;

import java.util.Arrays;
import java.util.Locale;

/** Recorded durations in nanoseconds; thread-safe appends, percentiles on demand. */
final class Latencies {
    private long[] nanos = new long[1024];
    private int size;

    synchronized void add(long value) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = value;
    }

    /** A new record holding both. */
    Latencies plus(Latencies other) {
        Latencies both = new Latencies();
        synchronized (this) {
            for (int i = 0; i < size; i++) {
                both.add(nanos[i]);
            }
        }
        synchronized (other) {
            for (int i = 0; i < other.size; i++) {
                both.add(other.nanos[i]);
            }
        }
        return both;
    }

    synchronized int count() {
        return size;
    }

    synchronized double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int index = (int) Math.min(size - 1, Math.ceil(p / 100.0 * size) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    String summary(String... percentiles) {
        StringBuilder out = new StringBuilder();
        for (String p : percentiles) {
            out.append(String.format(Locale.ROOT, " p%s %.3f ms", p, percentileMillis(Double.parseDouble(p))));
        }
        return out.toString().strip();
    }
}
