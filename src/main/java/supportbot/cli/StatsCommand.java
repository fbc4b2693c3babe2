package supportbot.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import supportbot.analytics.Stats;
import supportbot.app.Settings;
import supportbot.store.Outbox;

@Command(name = "stats", mixinStandardHelpOptions = true, description = {"How problems ended and how each fix did, from the conversation store's event log.",
        "A problem with no ending that has been idle longer than dialog.idle-after counts as abandoned."})
final class StatsCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Option(names = "--days", paramLabel = "N", description = "Only the last N days (default: all the log keeps).")
    Integer days;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (days != null && days < 1) {
            throw new ParameterException(spec.commandLine(), "--days must be at least 1");
        }
        Settings settings = Settings.load();
        if (!settings.store().exists()) {
            // Opening would create an empty store here: more likely the wrong folder than no conversations at all.
            System.err.println("supportbot: no conversation store at " + settings.store().describe()
                    + "; set SUPPORTBOT_DATA_DIR to the bot's data folder");
            return 1;
        }
        Instant now = Instant.now();
        Stats stats = new Stats(now, settings.dialog().idleAfter());
        settings.store().readEvents(days == null ? Instant.EPOCH : now.minus(Duration.ofDays(days)),
                stats::add);
        Outbox.Backlog backlog = settings.store().readBacklog();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            out.println(stats.report().toJson(backlog));
        } else {
            out.print(stats.report().toText());
            if (backlog != null) {
                out.printf("%noutbox: %d replies waiting to be sent%s; %d never delivered (refused by Telegram or given up), "
                                + "%d of them given up by the bot (see its log)%n", backlog.pending(),
                        backlog.oldest() == null ? "" : ", the oldest from " + backlog.oldest(), backlog.dropped(), backlog.givenUp());
            }
        }
        return 0;
    }
}
