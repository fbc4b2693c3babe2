package supportbot.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import supportbot.app.Settings;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Event;
import supportbot.nlu.ModelKind;
import supportbot.nlu.ModelTrainer;
import supportbot.nlu.Sample;
import supportbot.nlu.Samples;
import supportbot.nlu.TextClassifier;
import supportbot.pipeline.Bot;
import supportbot.store.SqliteSessionStore;
import supportbot.testing.TestBot;

/** `replay` against a model trained with one intent's data changed reports exactly the readings that changed. */
class ReplayTest {
    private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

    @TempDir
    Path data;

    @Test
    void aModelWithoutTheWifiLabelChangesTheWifiReadingsAndNothingElse() {
        List<String> said = List.of("my wifi keeps dropping out", "my wifi keeps disconnecting all the time",
                "icloud storage is full", "my phone won't charge", "photos wont upload to icloud",
                "it keeps asking for my apple id password");
        try (SqliteSessionStore store = SqliteSessionStore.open(data, SqliteSessionStore.Synchronous.NORMAL,
                Duration.ofDays(90), T0)) {
            Bot bot = new Bot(TestBot.engine(), store, "sorry");
            for (int i = 0; i < said.size(); i++) {
                ConversationKey key = new ConversationKey("telegram", "50" + i);
                bot.handle(Event.text(key, said.get(i), 1, T0.plusSeconds(i)));
                bot.handle(Event.text(key, "thanks, bye", 2, T0.plusSeconds(i + 30)));
            }
        }
        Settings settings = Settings.load();
        List<Sample> noWifi = Samples.read(settings.models().trainingData(ModelKind.INTENTS)).stream()
                .map(s -> s.label().equals("wifi_problem") ? new Sample("not_charging", s.text()) : s).toList();
        TextClassifier candidate = new ModelTrainer(settings.training(ModelKind.INTENTS)).classifier(noWifi);

        Replay replay = new Replay(candidate, TestBot.knowledge());
        java.util.List<supportbot.store.LogEntry> log = new java.util.ArrayList<>();
        SqliteSessionStore.readEvents(data, Instant.EPOCH, e -> {
            log.add(e);
            replay.add(e);
        });
        long wifi = log.stream().filter(e -> "wifi_problem".equals(e.began())).count();
        Replay.Report report = replay.report();

        assertThat(wifi).as("the log's own readings: both wifi messages began a Wi-Fi problem").isEqualTo(2);
        assertThat(report.descriptions()).isEqualTo(said.size());
        assertThat(report.changes()).isEqualTo(Map.of("wifi_problem -> not_charging", 2));
        assertThat(report.unchanged()).isEqualTo(said.size() - 2);
        assertThat(report.conversations()).isEqualTo(said.size());
        assertThat(report.firstFixChanged()).isEqualTo(2);
        assertThat(report.examples().get("wifi_problem -> not_charging")).containsExactly(said.get(0), said.get(1));
        assertThat(report.toText()).contains("6 problem descriptions re-read: 4 unchanged");
    }
}
