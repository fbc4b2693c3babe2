package supportbot.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import supportbot.analytics.Stats;
import supportbot.app.Components;
import supportbot.app.Settings;
import supportbot.store.SessionStore;

@Command(name = "stats", description = {"How problems ended and how each fix did, from the conversation store's event log.",
        "A problem with no ending that has been idle longer than dialog.idle-after counts as abandoned."})
final class StatsCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Option(names = "--days", paramLabel = "N", description = "Only the last N days (default: all the log keeps).")
    Integer days;

    @Override
    public Integer call() {
        Settings settings = Settings.load();
        Instant now = Instant.now();
        Stats stats = new Stats(now, settings.dialog().idleAfter());
        try (SessionStore store = Components.durableStore(settings)) {
            store.eachEvent(days == null ? Instant.EPOCH : now.minus(Duration.ofDays(days)), stats::add);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(json ? stats.report().toJson() + System.lineSeparator() : stats.report().toText());
        return 0;
    }
}
