package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import supportbot.analytics.Stats;
import supportbot.analytics.StatsReport;
import supportbot.pipeline.Bot;
import supportbot.store.InMemorySessionStore;

/**
 * Switching to a problem whose fixes were all tried already ends two problems with one message: the one
 * left (switched) and the new one (out of fixes). The event log and the figures keep both. (The fix left
 * unanswered counts as tried unless it is the new problem's first: worn's is plain, answered.)
 */
class TwoEndingsTest {
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void aSwitchToAProblemWithNothingLeftToTryEndsBoth() {
        InMemorySessionStore store = new InMemorySessionStore();
        Bot bot = new Bot(ToyBot.engine(), store, "sorry");
        ConversationKey key = new ConversationKey("test", "two");
        String[] said = {"problem:slow", "not_fixed", "yes", "skip", "problem:worn"};
        for (int i = 0; i < said.length; i++) {
            bot.handle(Event.text(key, said[i], i + 1, T0.plusSeconds(60L * i)));
        }
        assertThat(store.log(key).get(said.length - 1).endings()).containsExactly(Ending.SWITCHED, Ending.OUT_OF_FIXES);

        Stats stats = new Stats(T0.plus(Duration.ofHours(1)), Duration.ofHours(24));
        store.eachEvent(Instant.EPOCH, stats::add);
        StatsReport report = stats.report();
        assertThat(report.intents()).filteredOn(r -> r.intent().equals("slow")).singleElement()
                .extracting(StatsReport.IntentRow::switched).isEqualTo(1L);
        assertThat(report.intents()).filteredOn(r -> r.intent().equals("worn")).singleElement()
                .extracting(StatsReport.IntentRow::outOfFixes).isEqualTo(1L);
    }
}
