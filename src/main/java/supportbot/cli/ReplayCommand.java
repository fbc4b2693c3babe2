package supportbot.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import supportbot.app.KnowledgePack;
import supportbot.app.Components;
import supportbot.app.Settings;
import supportbot.knowledge.KnowledgeBase;
import supportbot.nlu.ModelFiles;
import supportbot.nlu.ModelKind;
import supportbot.replay.Replay;

@Command(name = "replay", mixinStandardHelpOptions = true, description = {
        "Re-read the store's logged problem descriptions with a candidate model and knowledge: what would change.",
        "Reads the store without changing it, and prints readings before -> after with counts and masked examples, "
                + "and the first fixes that change."})
final class ReplayCommand implements Callable<Integer> {

    @Option(names = "--days", defaultValue = "30", description = "The last N days of the log (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--models", paramLabel = "DIR", description = "A candidate models folder (default: the running one).")
    Path models;

    @Option(names = "--knowledge", paramLabel = "FILE", description = "A candidate knowledge file (default: the running one).")
    Path knowledge;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Settings settings = Settings.load();
        ModelFiles files = models == null ? settings.models() : new ModelFiles(models);
        KnowledgeBase kb = knowledge == null ? Components.knowledge()
                : KnowledgePack.loadFile(knowledge);
        Replay replay = new Replay(files.intents(), kb);
        settings.store().readEvents(Instant.now().minus(Duration.ofDays(days)), replay::add);
        Replay.Report report = replay.report();
        System.out.print(json ? report.toJson() + System.lineSeparator() : report.toText());
        return 0;
    }
}
