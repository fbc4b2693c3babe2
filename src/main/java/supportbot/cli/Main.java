package supportbot.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;
import supportbot.pipeline.Bot;
import supportbot.app.Components;
import supportbot.app.Settings;
import supportbot.channel.telegram.TelegramRunner;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import supportbot.admin.AdminServer;
import supportbot.admin.AdminSettings;
import supportbot.admin.Check;
import supportbot.analytics.OrderComparison;
import supportbot.analytics.Stats;
import supportbot.analytics.StatsReport;
import supportbot.metrics.BotMetrics;
import supportbot.knowledge.KnowledgeBase;

// scope INHERIT: every command answers -V with this version, not with nothing.
@Command(name = "supportbot", mixinStandardHelpOptions = true, version = "supportbot 0.1.0", scope = ScopeType.INHERIT,
        description = {"A support chatbot for iPhones that won't back up to iCloud.",
            "With no command: runs on Telegram when a bot token is set, otherwise a console chat."},
        subcommands = {ChatCommand.class, ClassifyCommand.class, TrainCommand.class, EvalCommand.class, BenchCommand.class,
            StatsCommand.class, LintCommand.class, ReplayCommand.class, HelpCommand.class})
public final class Main implements Callable<Integer> {
    /** Wide enough that no option's default or example (a JDBC URL, a setting's name) is wrapped mid-word. */
    private static final int HELP_WIDTH = 120;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with every command, as main runs it. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setUsageHelpWidth(HELP_WIDTH);
        // A bad setting or a broken knowledge file is a message for the operator, not a stack trace.
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("supportbot: " + e.getMessage());
            return 2;
        });
        return cli;
    }

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.load();
        if (!settings.hasTelegramToken()) {
            return new ChatCommand().call();
        }
        KnowledgeBase knowledge = Components.knowledge();
        AdminSettings admin = settings.admin();
        PrometheusMeterRegistry registry = admin.port().isPresent() ? Components.prometheus() : null;
        Bot bot = Components.bot(settings, knowledge, settings.supportChatId().isPresent(),
                registry == null ? BotMetrics.none() : new BotMetrics(registry));
        CountDownLatch stopped = new CountDownLatch(1);
        TelegramRunner runner = new TelegramRunner(settings.telegram(), settings.supportChatId(), bot, knowledge.phrases(),
                Clock.systemUTC());
        AdminServer adminServer = registry == null ? null : new AdminServer(
                new InetSocketAddress(admin.bind(), admin.port().getAsInt()), admin.token(), admin.origin(), registry,
                List.of(Check.throwing("store", settings.store().shared() ? "the postgresql store" : "the sqlite store",
                        bot.store()::ping), new Check("telegram", runner::problem)),
                days -> report(bot, settings, days), () -> bot.store().backlog(),
                () -> settings.dialog().learnedOrder().enabled() ? OrderComparison.of(knowledge, bot.fixResults(),
                        settings.dialog().learnedOrder().priorWeight()) : List.of());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (adminServer != null) {
                adminServer.close();
            }
            runner.close();
            bot.store().close();
            stopped.countDown();
        }));
        if (adminServer != null) {
            adminServer.start();
        }
        runner.start();
        stopped.await();
        return 0;
    }

    /** What `stats --days N` reports, read from the running bot's own store. */
    private static StatsReport report(Bot bot, Settings settings, int days) {
        Instant now = Instant.now();
        Stats stats = new Stats(now, settings.dialog().idleAfter());
        // A read-only connection of its own: a dashboard view must not hold a reader the bot's messages wait for.
        settings.store().readEvents(now.minus(Duration.ofDays(days)), stats::add);
        return stats.report();
    }
}
