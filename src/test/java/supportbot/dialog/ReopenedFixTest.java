package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import supportbot.analytics.FixTally;
import supportbot.analytics.Stats;
import supportbot.analytics.StatsReport;
import supportbot.pipeline.Bot;
import supportbot.store.SqliteSessionStore;

/**
 * "Fixed", then "wait, it still fails" at "Was this helpful?": the fix did not work after all. The stored
 * log, the figures and the track record for the learned order all say so, not "worked once, failed once".
 */
class ReopenedFixTest {
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void aFixThatSeemedToWorkCountsAsNotFixedAndTheProblemIsNotResolved(@TempDir Path dir) {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir, SqliteSessionStore.Synchronous.NORMAL, Duration.ofDays(90), T0)) {
            Bot bot = new Bot(ToyBot.engine(), store, "sorry");
            ConversationKey key = new ConversationKey("test", "reopen");
            String[] said = {"problem:slow", "fixed", "not_fixed"};
            for (int i = 0; i < said.length; i++) {
                bot.handle(Event.text(key, said[i], i + 1, T0.plusSeconds(60L * i)));
            }
            assertThat(store.log(key).get(2).reopened()).containsExactly("plain");

            Stats stats = new Stats(T0.plus(Duration.ofMinutes(10)), Duration.ofHours(24));
            store.eachEvent(Instant.EPOCH, stats::add);
            StatsReport report = stats.report();
            assertThat(report.fixes()).filteredOn(f -> f.fix().equals("plain")).singleElement()
                    .satisfies(f -> {
                        assertThat(f.fixed()).isZero();
                        assertThat(f.notFixed()).isEqualTo(1);
                    });
            assertThat(report.intents()).filteredOn(r -> r.intent().equals("slow")).singleElement()
                    .extracting(StatsReport.IntentRow::resolved).isEqualTo(0L);

            assertThat(FixTally.from(store, ToyBot.KNOWLEDGE).of("slow", "plain")).isEqualTo(new FixResults.Tally(0, 1));
        }
    }
}
