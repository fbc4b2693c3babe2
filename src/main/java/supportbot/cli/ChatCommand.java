package supportbot.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import supportbot.pipeline.Bot;
import supportbot.app.Components;
import supportbot.app.Settings;
import supportbot.channel.console.ConsoleChat;
import supportbot.dialog.ConversationKey;

@Command(name = "chat", mixinStandardHelpOptions = true, description = {"Chat with the bot in this terminal (buttons are numbered: type the number).",
        "The conversation is kept in the store: quit and come back, and it continues where it was."})
final class ChatCommand implements Callable<Integer> {

    @Option(names = "--jsonl", description = "One JSON object per bot message; '#button:<label>' presses a button.")
    boolean jsonl;

    @Option(names = "--conversation", defaultValue = "local", paramLabel = "ID",
            description = "Which stored conversation to continue (default: ${DEFAULT-VALUE}).")
    String conversation = "local";

    @Override
    public Integer call() throws Exception {
        Bot bot = Components.bot(Settings.load());
        try {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            new ConsoleChat(bot, new ConversationKey("console", conversation), Clock.systemUTC(), jsonl).run(in, out);
        } finally {
            bot.store().close();
        }
        return 0;
    }
}
