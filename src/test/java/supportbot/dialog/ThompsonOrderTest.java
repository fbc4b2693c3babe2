package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import supportbot.analytics.FixTally;
import supportbot.app.Bot;
import supportbot.app.Settings;
import supportbot.store.InMemorySessionStore;
import supportbot.testing.TestBot;

/** The learned order: the written order while little is known, the fix that works first once it shows. */
class ThompsonOrderTest {
    private static final List<String> NOT_HAPPENING = List.of("enable-icloud-backup", "check-wifi", "connect-power",
            "free-icloud-storage", "check-icloud-status", "sign-out-and-in", "restart-iphone", "reset-settings", "update-ios");
    private static final int DRAWS = 2_000;

    private static FixResults results(Map<String, FixResults.Tally> byFix) {
        return (intent, fixId) -> byFix.getOrDefault(fixId, FixResults.Tally.NONE);
    }

    /** How often each fix comes first over many conversations (seeds). */
    private static Map<String, Long> firsts(ThompsonOrder order) {
        return IntStream.range(0, DRAWS).mapToObj(seed -> order.order("backup_not_happening", NOT_HAPPENING, seed).get(0))
                .collect(java.util.stream.Collectors.groupingBy(f -> f, java.util.stream.Collectors.counting()));
    }

    private static double meanPosition(ThompsonOrder order, String fix) {
        return IntStream.range(0, DRAWS).map(seed -> order.order("backup_not_happening", NOT_HAPPENING, seed).indexOf(fix))
                .average().orElseThrow();
    }

    @Test
    void withNoOutcomesTheWrittenOrderMostlyHolds() {
        ThompsonOrder order = new ThompsonOrder(FixResults.NONE, Settings.load().dialog().learnedOrder().priorWeight());
        assertThat(firsts(order).get("enable-icloud-backup")).as("the written first fix comes first")
                .isGreaterThan(DRAWS * 3 / 4);
        double[] positions = NOT_HAPPENING.stream().mapToDouble(fix -> meanPosition(order, fix)).toArray();
        for (int i = 1; i < positions.length; i++) {
            assertThat(positions[i]).as("on average, later in the list stays later: " + NOT_HAPPENING.get(i))
                    .isGreaterThan(positions[i - 1]);
        }
    }

    @Test
    void aFewOutcomesDoNotOverturnTheWrittenOrder() {
        ThompsonOrder order = new ThompsonOrder(results(Map.of("check-icloud-status", new FixResults.Tally(2, 0),
                "enable-icloud-backup", new FixResults.Tally(0, 1))), 10);
        assertThat(meanPosition(order, "enable-icloud-backup")).isLessThan(meanPosition(order, "check-icloud-status"));
    }

    @Test
    void aFixThatWorksFarMoreOftenMovesToTheFront() {
        FixResults.Tally poor = new FixResults.Tally(3, 40);
        ThompsonOrder order = new ThompsonOrder(results(Map.of(
                "enable-icloud-backup", poor, "check-wifi", poor, "connect-power", poor, "free-icloud-storage", poor,
                "check-icloud-status", new FixResults.Tally(35, 8))), 10);
        assertThat(firsts(order).get("check-icloud-status")).isGreaterThan(DRAWS * 9 / 10);
    }

    @Test
    void theSameSeedGivesTheSameOrder() {
        ThompsonOrder order = new ThompsonOrder(FixResults.NONE, 10);
        assertThat(order.order("backup_not_happening", NOT_HAPPENING, 42)).isEqualTo(order.order("backup_not_happening", NOT_HAPPENING, 42));
        assertThat(IntStream.range(0, 50).mapToObj(seed -> order.order("backup_not_happening", NOT_HAPPENING, seed)).distinct().count())
                .as("different conversations draw differently").isGreaterThan(1);
    }

    /** End to end: conversations where Wi-Fi never helps and a restart always does teach the bot to restart first. */
    @Test
    void theBotLearnsFromItsOwnConversations() {
        FixTally tally = new FixTally();
        DialogSettings dialog = Settings.load().dialog().withLearnedOrder(new DialogSettings.LearnedOrder(true, 10, 7));
        Bot bot = new Bot(TestBot.engine(dialog, new ThompsonOrder(tally, 10)), new InMemorySessionStore(), "sorry", tally::record);
        Instant at = Instant.parse("2026-11-25T10:00:00Z");
        int restartFirstEarly = 0;
        for (int user = 0; user < 60; user++) {
            ConversationKey key = new ConversationKey("test", "u" + user);
            Reply reply = bot.handle(Event.text(key, "my wifi keeps dropping out", 1, at)).get(0);
            if (user < 10 && "restart-iphone".equals(reply.fix())) {
                restartFirstEarly++;
            }
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
        assertThat(bot.handle(Event.text(next, "my wifi keeps dropping out", 1, at)).get(0).fix())
                .as("after %d early conversations with restart first", restartFirstEarly).isEqualTo("restart-iphone");
    }
}
