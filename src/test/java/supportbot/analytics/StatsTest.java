package supportbot.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import supportbot.app.Components;
import supportbot.pipeline.Bot;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Event;
import supportbot.knowledge.Phrase;
import supportbot.store.SqliteSessionStore;
import supportbot.testing.TestBot;
import supportbot.testing.TestUser;

/** `stats` over a scripted set of conversations, stored in the real database, gives exactly their figures. */
class StatsTest {
    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    Path data;
    private SqliteSessionStore store;
    private Bot bot;

    @BeforeEach
    void open() {
        store = SqliteSessionStore.open(data, SqliteSessionStore.Synchronous.NORMAL, Duration.ofDays(3650), T0);
        bot = new Bot(TestBot.withSupportChat(), store, "sorry");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private TestUser user(String id, Instant start) {
        return new TestUser(bot, id, start);
    }

    private static String label(Phrase phrase) {
        return TestBot.knowledge().phrases().say(phrase);
    }

    private StatsReport report() {
        Stats stats = new Stats(T0.plus(Duration.ofHours(2)), Duration.ofHours(24));
        store.eachEvent(Instant.EPOCH, stats::add);
        return stats.report();
    }

    @Test
    void theFiguresAreThoseOfTheConversations() {
        user("1", T0).says("my icloud storage is full").presses(label(Phrase.BUTTON_NOT_FIXED))
                .presses("✅ Yes, it's green").presses("iPhone X or later").presses(label(Phrase.BUTTON_FIXED))
                .presses(label(Phrase.BUTTON_HELPFUL));
        user("2", T0).says("my wifi keeps dropping out").presses(label(Phrase.BUTTON_STOP));
        user("3", T0).says("my phone won't charge").presses(label(Phrase.BUTTON_NOT_FIXED))
                .presses("iPhone X or later").presses(label(Phrase.BUTTON_NOT_FIXED)).presses(label(Phrase.BUTTON_NOT_FIXED));
        user("4", T0.minus(Duration.ofDays(3))).says("my icloud storage is full");
        user("5", T0).says("my icloud storage is full").says("my wifi keeps dropping out")
                .presses(label(Phrase.BUTTON_FIXED)).presses(label(Phrase.BUTTON_NOT_HELPFUL));
        user("6", T0).says("backup failed with an error").says("I want to talk to a human agent");
        user("7", T0).says("my icloud storage is full");

        StatsReport report = report();

        assertThat(report.overall()).isEqualTo(new StatsReport.IntentRow("all", 8, 2, 1, 1, 0, 1, 1, 1, 1, 2.0 / 7));
        assertThat(report.intents()).filteredOn(r -> r.intent().equals("storage_full")).singleElement()
                .isEqualTo(new StatsReport.IntentRow("storage_full", 4, 1, 0, 0, 0, 0, 1, 1, 1, 1.0 / 3));
        assertThat(report.fixes()).containsExactly(
                new StatsReport.FixRow(null, "check-icloud-status", 2, 0, 0, 0, 0, 1, 0),
                new StatsReport.FixRow(null, "check-wifi", 2, 1, 0, 0, 0, 0, 0),
                new StatsReport.FixRow(null, "connect-power", 1, 0, 1, 0, 0, 0, 0),
                new StatsReport.FixRow(null, "free-icloud-storage", 4, 0, 1, 0, 0, 0, 0),
                new StatsReport.FixRow(null, "restart-iphone", 2, 1, 1, 0, 0, 0, 0),
                new StatsReport.FixRow(null, "update-ios", 1, 0, 1, 0, 0, 0, 0));
        assertThat(report.dropOffs()).containsExactlyInAnyOrder(
                new StatsReport.DropOff("free-icloud-storage", 0, 1, 1),
                new StatsReport.DropOff("check-wifi", 1, 0, 0));
        assertThat(report.helpful()).isEqualTo(1);
        assertThat(report.notHelpful()).isEqualTo(1);
        assertThat(report.toText()).contains("resolved 2 (29% of the 7 that ended)");
        assertThat(report.toJson()).contains("\"resolutionRate\": 0.2857");

        Stats readOnly = new Stats(T0.plus(Duration.ofHours(2)), Duration.ofHours(24));
        SqliteSessionStore.readEvents(data, Instant.EPOCH, readOnly::add);
        assertThat(readOnly.report()).as("what `stats` reads beside the running bot").isEqualTo(report);
    }

    @Test
    void runningOutOfFixesAndThenTakingThePersonCountsAsAHandOff() {
        user("8", T0).says("my phone won't charge").presses(label(Phrase.BUTTON_NOT_FIXED))
                .presses("iPhone X or later").presses(label(Phrase.BUTTON_NOT_FIXED)).presses(label(Phrase.BUTTON_NOT_FIXED))
                .presses(label(Phrase.BUTTON_HUMAN));
        assertThat(report().overall().handedOff()).isEqualTo(1);
        assertThat(report().overall().outOfFixes()).isZero();
    }

    @Test
    void theFixesTrackRecordIsReadBackFromTheLogAtStartUp() {
        user("10", T0).says("my icloud storage is full").presses(label(Phrase.BUTTON_NOT_FIXED))
                .presses("✅ Yes, it's green").presses("iPhone X or later").presses(label(Phrase.BUTTON_FIXED));
        FixTally tally = FixTally.from(store, Components.knowledge());
        assertThat(tally.of("storage_full", "restart-iphone")).isEqualTo(new supportbot.dialog.FixResults.Tally(1, 0));
        assertThat(tally.of("storage_full", "free-icloud-storage")).isEqualTo(new supportbot.dialog.FixResults.Tally(0, 1));
        assertThat(tally.of("storage_full", "check-icloud-status")).as("green: not the cause")
                .isEqualTo(new supportbot.dialog.FixResults.Tally(0, 1));
    }

    @Test
    void aHandOffTheSupportChatRefusedIsCountedAsSuch() {
        user("9", T0).says("backup failed with an error").says("I want to talk to a human agent");
        bot.handle(Event.supportUnreachable(new ConversationKey("telegram", "9"), T0.plusSeconds(200)));
        assertThat(report().handoffsRefused()).isEqualTo(1);
        assertThat(report().toText()).contains("refused by the support chat (sent to Apple Support): 1");
    }

    @Test
    void theDashboardFiguresFollowTheConversations() {
        user("20", T0).says("my icloud storage is full").presses(label(Phrase.BUTTON_NOT_FIXED))
                .presses("✅ Yes, it's green").presses("iPhone X or later").presses(label(Phrase.BUTTON_FIXED))
                .presses(label(Phrase.BUTTON_HELPFUL)).says("my icloud storage is full");   // resolved, and back the same day
        user("21", T0.plus(Duration.ofDays(2))).says("my icloud storage is full").presses(label(Phrase.BUTTON_STOP));
        user("22", T0).says("my icloud storage is full").presses(label(Phrase.BUTTON_FIXED));

        Stats stats = new Stats(T0.plus(Duration.ofDays(10)), Duration.ofHours(24));
        store.eachEvent(Instant.EPOCH, stats::add);
        StatsReport report = stats.report();

        assertThat(report.days()).containsExactly(
                new StatsReport.DayRow("2026-11-20", 3, 2, 0, 0, 1, 0),
                new StatsReport.DayRow("2026-11-22", 1, 0, 0, 0, 0, 1));
        assertThat(report.funnel()).filteredOn(f -> f.intent().equals("storage_full")).containsExactly(
                new StatsReport.FunnelStep("storage_full", 1, 4, 1, 1, 0, 2),
                new StatsReport.FunnelStep("storage_full", 2, 1, 0, 1, 0, 0),
                new StatsReport.FunnelStep("storage_full", 3, 1, 1, 0, 0, 0));
        assertThat(report.containment()).isEqualTo(new StatsReport.Containment(2, 1));
    }
}
