package supportbot.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import supportbot.pipeline.Bot;
import supportbot.app.Components;
import supportbot.app.Settings;
import supportbot.channel.telegram.TelegramRunner;
import supportbot.knowledge.KnowledgeBase;

@Command(name = "supportbot", mixinStandardHelpOptions = true, version = "supportbot 0.1.0",
        description = "A support chatbot for iPhones that won't back up to iCloud. "
                + "With no command: runs on Telegram when a bot token is set, otherwise a console chat.",
        subcommands = {ChatCommand.class, ClassifyCommand.class, TrainCommand.class, EvalCommand.class, BenchCommand.class,
            StatsCommand.class})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new Main());
        // A bad setting or a broken knowledge file is a message for the operator, not a stack trace.
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("supportbot: " + e.getMessage());
            return 2;
        });
        System.exit(cli.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.load();
        if (!settings.hasTelegramToken()) {
            return new ChatCommand().call();
        }
        KnowledgeBase knowledge = Components.knowledge();
        Bot bot = Components.bot(settings, knowledge, settings.supportChatId().isPresent());
        CountDownLatch stopped = new CountDownLatch(1);
        TelegramRunner runner = new TelegramRunner(settings.telegram(), settings.supportChatId(), bot, knowledge.phrases(),
                Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runner.close();
            bot.store().close();
            stopped.countDown();
        }));
        runner.start();
        stopped.await();
        return 0;
    }
}
