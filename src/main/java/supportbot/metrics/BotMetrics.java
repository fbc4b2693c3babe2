package supportbot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.function.Supplier;
import supportbot.dialog.Ending;
import supportbot.dialog.Event;
import supportbot.store.LogEntry;

/**
 * What the bot counts, through Micrometer (scraped as Prometheus text on the admin port): messages by
 * channel and kind with their handling time, how sure the model was of each problem description, how
 * problems began and ended by intent, and how sends to Telegram went. Without an admin server it records
 * into nothing ({@link #none()}).
 */
public final class BotMetrics {
    private final MeterRegistry registry;
    /**
     * The meters by their tags, registered once: finding a meter in the registry again takes longer than the
     * measurement, for every message (JFR on {@code bench --only http}).
     */
    private final Map<String, Timer> messages = new ConcurrentHashMap<>();
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final DistributionSummary descriptionConfidence;

    public BotMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.descriptionConfidence = DistributionSummary.builder("supportbot.nlu.description.confidence")
                .description("How sure the intent model was of each problem description it took")
                .serviceLevelObjectives(0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99)
                .register(registry);
    }

    /** Counts nothing: an empty composite registry drops every measurement. */
    public static BotMetrics none() {
        return new BotMetrics(new CompositeMeterRegistry());
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** One message handled, from its arrival at the bot to its replies stored. */
    public void handled(Event event, long nanos) {
        String channel = event.key().channel();
        String kind = kind(event.input());
        messages.computeIfAbsent(channel + "/" + kind, key -> Timer.builder("supportbot.messages")
                .description("Messages handled, and how long each took")
                .tag("channel", channel)
                .tag("kind", kind)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(5))
                .register(registry))
                .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /**
     * What the log entry of a message says began or ended, and the model's confidence in a description.
     * {@code before}: the problem's intent before the message (a switch or a stop ends that one).
     */
    public void logged(LogEntry entry, String before) {
        if (entry.began() != null) {
            problems("begun", entry.began());
            descriptionConfidence.record(entry.confidence());
        }
        for (Ending ending : entry.endings()) {
            String intent = before != null ? before : entry.intent();
            problems(ending.name().toLowerCase(Locale.ROOT), intent == null ? "none" : intent);
        }
    }

    private void problems(String outcome, String intent) {
        counters.computeIfAbsent("problems/" + outcome + "/" + intent, key -> Counter.builder("supportbot.problems")
                .description("Problems begun, and how they ended, by intent")
                .tag("outcome", outcome).tag("intent", intent).register(registry)).increment();
    }

    /** A send to Telegram and how it went: accepted, failed (retried later), rate_limited (429), refused. */
    public void send(String result) {
        counters.computeIfAbsent("sends/" + result, key -> Counter.builder("supportbot.telegram.sends")
                .description("Sends to Telegram, by result").tag("result", result).register(registry)).increment();
    }

    /** A reply given up: it kept failing until {@code give-up-after}, or threw the same way three times. */
    public void gaveUp() {
        Counter.builder("supportbot.outbox.given.up").description("Replies given up without being delivered")
                .register(registry).increment();
    }

    /** A figure read when scraped (the outbox's depth, open hand-offs). */
    public void gauge(String name, String description, Supplier<Number> value) {
        Gauge.builder(name, () -> {
            try {
                return value.get();
            } catch (RuntimeException e) {
                return Double.NaN;   // the store is away: readiness says so, the scrape must still work
            }
        }).description(description).register(registry);
    }

    private static String kind(Event.Input input) {
        if (input instanceof Event.Input.Text text) {
            return text.text().startsWith("/") ? "command" : "text";
        }
        if (input instanceof Event.Input.Press) {
            return "button";
        }
        if (input instanceof Event.Input.FromAgent) {
            return "agent";
        }
        return input instanceof Event.Input.Attachment ? "attachment" : "other";
    }
}
