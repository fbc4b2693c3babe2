package supportbot.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import supportbot.app.Bot;
import supportbot.app.Components;
import supportbot.app.Settings;
import supportbot.channel.console.ConsoleChat;
import supportbot.dialog.ConversationKey;
import supportbot.store.InMemorySessionStore;

@Command(name = "chat", description = "Chat with the bot in this terminal (buttons are numbered: type the number).")
final class ChatCommand implements Callable<Integer> {

    @Option(names = "--jsonl", description = "One JSON object per bot message; '#button:<label>' presses a button.")
    boolean jsonl;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.load();
        Bot bot = new Bot(Components.engine(settings), new InMemorySessionStore());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        new ConsoleChat(bot, new ConversationKey("console", "local"), Clock.systemUTC(), jsonl).run(in, out);
        return 0;
    }
}
