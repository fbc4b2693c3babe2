package supportbot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import supportbot.bench.Benchmarks;

@Command(name = "bench", mixinStandardHelpOptions = true, description = {
        "Measure speed, memory and NLU accuracy on this machine.",
        "Classify speed, the in-process pipeline with the durable store, end to end over HTTP against an echo "
                + "bot, start-up, memory, store size and scale, and the NLU on public corpora."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--conversations", defaultValue = "4000", description = "Concurrent conversations in the pipeline run (default: ${DEFAULT-VALUE}).")
    int conversations;

    @Option(names = "--memory-conversations", defaultValue = "100000", description = "Conversations before RSS and heap are read (default: ${DEFAULT-VALUE}).")
    int memoryConversations;

    @Option(names = "--stored", defaultValue = "1000000", description = "Conversations in the store for the scale check (default: ${DEFAULT-VALUE}).")
    int stored;

    @Option(names = "--users", defaultValue = "100", description = "Simulated users over HTTP (default: ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--messages", defaultValue = "30", description = "Messages per simulated user (default: ${DEFAULT-VALUE}).")
    int messages;

    @Option(names = "--corpora", defaultValue = "../shared/nlu-data", paramLabel = "DIR",
            description = "Folder with braun2017/ and clinc150/ (default: ${DEFAULT-VALUE}); skipped when missing.")
    Path corpora;

    @Option(names = "--only", split = ",", paramLabel = "SECTION",
            description = "Run only these: classify, pipeline, postgres, http, startup, memory, store, nlu (Braun et al.), clinc (CLINC150, not by default: about 20 minutes).")
    java.util.List<String> only;

    @Option(names = "--clinc-iterations", defaultValue = "100",
            description = "Training iterations for CLINC150 (default: ${DEFAULT-VALUE}; the bot's own 300 take over an hour there).")
    int clincIterations;

    @Option(names = "--clinc-char-ngrams", defaultValue = "false", arity = "1",
            description = "Character n-grams for CLINC150 (default: ${DEFAULT-VALUE}: they triple the training time there).")
    boolean clincCharNgrams;

    @Option(names = "--pg-url", paramLabel = "URL", description = {"The database for section postgres: "
            + "jdbc:postgresql://host/db?user=...; default: SUPPORTBOT_STORE_URL. The bench writes conversations into it: "
            + "use one of its own."})
    String pgUrl;

    @Override
    public Integer call() throws Exception {
        Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        new Benchmarks(conversations, memoryConversations, stored, users, messages,
                Files.isDirectory(corpora) ? corpora : null, Files.isRegularFile(jar) ? jar : null, only,
                clincIterations, clincCharNgrams, pgUrl).run(System.out);
        return 0;
    }
}
