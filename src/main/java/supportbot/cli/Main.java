package supportbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "supportbot", mixinStandardHelpOptions = true, version = "supportbot 0.1.0",
        description = "A support chatbot for iPhones that won't back up to iCloud. "
                + "With no command: runs on Telegram when a bot token is set, otherwise a console chat.",
        subcommands = {ChatCommand.class, ClassifyCommand.class, TrainCommand.class, EvalCommand.class})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        return new ChatCommand().call();
    }
}
