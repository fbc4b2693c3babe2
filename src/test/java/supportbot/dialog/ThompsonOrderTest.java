package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import supportbot.analytics.FixTally;
import supportbot.pipeline.Bot;
import supportbot.app.Components;
import supportbot.app.Settings;
import supportbot.store.InMemorySessionStore;
import supportbot.testing.TestBot;

/** The learned order: the written order while little is known, the fix that works first once it shows. */
class ThompsonOrderTest {
    private static final List<String> NOT_HAPPENING = List.of("enable-icloud-backup", "check-wifi", "connect-power",
            "free-icloud-storage", "check-icloud-status", "sign-out-and-in", "restart-iphone", "reset-settings", "update-ios");
    private static final int DRAWS = 2_000;
    private static final ThompsonOrder ORDER = new ThompsonOrder(Settings.load().dialog().learnedOrder().priorWeight());

    private static FixResults results(Map<String, FixResults.Tally> byFix) {
        return (intent, fixId) -> byFix.getOrDefault(fixId, FixResults.Tally.NONE);
    }

    private static List<String> draw(FixResults results, long seed) {
        return ORDER.order("backup_not_happening", NOT_HAPPENING, results, seed);
    }

    /** How often each fix comes first over many conversations (seeds). */
    private static Map<String, Long> firsts(FixResults results) {
        return IntStream.range(0, DRAWS).mapToObj(seed -> draw(results, seed).get(0))
                .collect(Collectors.groupingBy(f -> f, Collectors.counting()));
    }

    private static double meanPosition(FixResults results, String fix) {
        return IntStream.range(0, DRAWS).map(seed -> draw(results, seed).indexOf(fix)).average().orElseThrow();
    }

    @Test
    void withNoOutcomesTheWrittenOrderMostlyHolds() {
        assertThat(firsts(FixResults.NONE).get("enable-icloud-backup")).as("the written first fix comes first")
                .isGreaterThan(DRAWS * 3 / 4);
        double[] positions = NOT_HAPPENING.stream().mapToDouble(fix -> meanPosition(FixResults.NONE, fix)).toArray();
        for (int i = 1; i < positions.length; i++) {
            assertThat(positions[i]).as("on average, later in the list stays later: " + NOT_HAPPENING.get(i))
                    .isGreaterThan(positions[i - 1]);
        }
    }

    @Test
    void aFewOutcomesDoNotOverturnTheWrittenOrder() {
        FixResults few = results(Map.of("check-icloud-status", new FixResults.Tally(2, 0),
                "enable-icloud-backup", new FixResults.Tally(0, 1)));
        assertThat(meanPosition(few, "enable-icloud-backup")).isLessThan(meanPosition(few, "check-icloud-status"));
    }

    @Test
    void aFixThatWorksFarMoreOftenMovesToTheFront() {
        FixResults.Tally poor = new FixResults.Tally(3, 40);
        FixResults record = results(Map.of(
                "enable-icloud-backup", poor, "check-wifi", poor, "connect-power", poor, "free-icloud-storage", poor,
                "check-icloud-status", new FixResults.Tally(35, 8)));
        assertThat(firsts(record).get("check-icloud-status")).isGreaterThan(DRAWS * 9 / 10);
    }

    @Test
    void theSameSeedGivesTheSameOrder() {
        assertThat(draw(FixResults.NONE, 42)).isEqualTo(draw(FixResults.NONE, 42));
        assertThat(IntStream.range(0, 50).mapToObj(seed -> draw(FixResults.NONE, seed)).distinct().count())
                .as("different conversations draw differently").isGreaterThan(1);
    }

    /** End to end: conversations where Wi-Fi never helps and a restart always does teach the bot to restart first. */
    @Test
    void theBotLearnsFromItsOwnConversations() {
        FixTally tally = new FixTally(Components.knowledge());
        DialogSettings dialog = Settings.load().dialog().withLearnedOrder(new DialogSettings.LearnedOrder(true, 20, 7));
        Bot bot = new Bot(TestBot.engine(dialog), new InMemorySessionStore(), "sorry", tally, supportbot.metrics.BotMetrics.none());
        Instant at = Instant.parse("2026-11-25T10:00:00Z");
        for (int user = 0; user < 60; user++) {
            ConversationKey key = new ConversationKey("test", "u" + user);
            Reply reply = bot.handle(Event.text(key, "my wifi keeps dropping out", 1, at)).get(0);
            for (int step = 2; reply.fix() != null && step < 12; step++) {
                String answer = switch (reply.fix()) {
                    case "restart-iphone" -> reply.state() == State.CHOOSING_VARIANT ? "iphone 12" : "that fixed it";
                    default -> "no, still not working";
                };
                reply = bot.handle(Event.text(key, answer, step, at)).get(0);
            }
        }
        assertThat(tally.of("wifi_problem", "restart-iphone").worked()).isGreaterThanOrEqualTo(50);
        ConversationKey next = new ConversationKey("test", "newcomer");
        assertThat(bot.handle(Event.text(next, "my wifi keeps dropping out", 1, at)).get(0).fix()).isEqualTo("restart-iphone");
    }

    @Test
    void theLearnedOrderShownIsTheWrittenOneUntilAFixClearlyDoesBetter() {
        assertThat(ORDER.likeliest("backup_not_happening", NOT_HAPPENING, FixResults.NONE)).isEqualTo(NOT_HAPPENING);
        String last = NOT_HAPPENING.get(NOT_HAPPENING.size() - 1);
        List<String> learned = ORDER.likeliest("backup_not_happening", NOT_HAPPENING,
                results(Map.of(last, new FixResults.Tally(200, 2), NOT_HAPPENING.get(0), new FixResults.Tally(1, 40))));
        assertThat(learned.get(0)).isEqualTo(last);
        assertThat(learned.indexOf(NOT_HAPPENING.get(0))).as("the first as written, failing, moves down").isGreaterThan(1);
    }
}
