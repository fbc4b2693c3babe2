package supportbot.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetSocketAddress;
import supportbot.admin.AdminServer;
import supportbot.metrics.BotMetrics;
import supportbot.pipeline.Bot;
import supportbot.app.Components;
import supportbot.app.Settings;
import supportbot.channel.telegram.TelegramRunner;
import supportbot.channel.telegram.TelegramSettings;
import supportbot.dialog.DialogEngine;
import supportbot.dialog.Turn;
import supportbot.knowledge.KnowledgeBase;
import supportbot.nlu.AnswerClassifier;
import supportbot.nlu.MiniLmEmbedder;
import supportbot.nlu.ModelKind;
import supportbot.nlu.OpenNlpClassifier;
import supportbot.nlu.Sample;
import supportbot.nlu.Samples;
import supportbot.nlu.TrainingSettings;
import supportbot.store.SessionStore;
import supportbot.store.SqliteSessionStore;

/** Runs the sections of {@code bench} in order and prints each figure with what it was measured on. */
public final class Benchmarks {
    /** The JVM flags the README gives for running the bot: a small heap, the serial collector, C1 only, small stacks. */
    static final List<String> PRODUCTION_JVM = List.of("-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k");
    private static final int WORKERS = Integer.getInteger("bench.workers", 64);
    /** Each instance's workers on PostgreSQL: a worker holds a connection while it handles a message. */
    private static final int PG_WORKERS = 32;
    private final int conversations;
    private final int memoryConversations;
    private final int stored;
    private final int users;
    private final int messages;
    private final Path corpora;
    private final Path jar;
    private final List<String> only;
    private final int clincIterations;
    private final boolean clincCharNgrams;
    private final String pgUrl;

    public Benchmarks(int conversations, int memoryConversations, int stored, int users, int messages,
                      Path corpora, Path jar, List<String> only, int clincIterations, boolean clincCharNgrams, String pgUrl) {
        this.conversations = conversations;
        this.memoryConversations = memoryConversations;
        this.stored = stored;
        this.users = users;
        this.messages = messages;
        this.corpora = corpora;
        this.jar = jar;
        this.only = only;
        this.clincIterations = clincIterations;
        this.clincCharNgrams = clincCharNgrams;
        this.pgUrl = pgUrl;
    }

    public void run(PrintStream out) throws Exception {
        Settings settings = Settings.load();
        KnowledgeBase knowledge = Components.knowledge();
        DialogEngine engine = Components.engine(settings, knowledge);
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "supportbot bench, %s%nmachine: %d cores, %s %s; Java %s (%s), max heap %d MB%n%n",
                Instant.now(), rt.availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), rt.maxMemory() >> 20);

        if (wanted("classify")) {
            // Without the cache of recent vectors the bot keeps: what a message it has not seen before costs.
            List<String> texts = Samples.read(settings.models().testIntents()).stream().map(Sample::text).toList();
            out.println("1a. classify a description: normalise + tokenise + sentence embedding + classify (intent model, the test-set messages in a loop, nothing cached)");
            out.print(ClassifyBench.run(new OpenNlpClassifier(settings.models().load(ModelKind.INTENTS), MiniLmEmbedder::new), texts, 2_000));
            List<String> answers = Turn.read(Path.of("models/test/turns.txt")).stream().map(Turn::typed).toList();
            AnswerClassifier reader = new AnswerClassifier(settings.models().load(ModelKind.ANSWERS), MiniLmEmbedder::new);
            out.println("1b. read an answer to \"Did that fix it?\": the same features tied to the question, model of answers (the turn set's typed words, nothing cached)");
            out.print(ClassifyBench.run(text -> reader.read("step", text), answers, 2_000));
            out.println();
        }
        if (wanted("pipeline")) {
            out.printf(Locale.ROOT, "2. pipeline in-process: %,d conversations at once, up to %d messages each, engine + SQLite "
                    + "store (synchronous=%s, group commit), %d workers%n", conversations,
                    PipelineBench.MESSAGES_PER_CONVERSATION, settings.storeSynchronous(), WORKERS);
            try (SessionStore store = freshStore(settings)) {
                Bot bot = new Bot(engine, store, "sorry");
                PipelineBench.run(bot, "warmup", 10_000, WORKERS);   // let the JIT compile the hot path first
                List<PipelineBench.Run> rounds = new java.util.ArrayList<>();
                for (int round = 0; round < 5; round++) {
                    rounds.add(PipelineBench.run(bot, "bench" + round, conversations, WORKERS));
                }
                rounds.sort(java.util.Comparator.comparingDouble(r -> r.descriptions().perSecond()));
                out.println("  median of 5 rounds, descriptions (each conversation's first message): "
                        + rounds.get(2).descriptions().line());
                rounds.sort(java.util.Comparator.comparingDouble(r -> r.replies().perSecond()));
                out.println("  median of 5 rounds, replies and button presses (the messages after it):   "
                        + rounds.get(2).replies().line());
            }
            out.println();
        }
        if (wanted("postgres")) {
            pipelineOnPostgres(out, settings, engine);
        }
        if (wanted("http")) {
            out.printf(Locale.ROOT, "3. end to end over HTTP (local Bot API on loopback, pengrad client, long polling): "
                    + "%d users x %d messages, each waiting for its reply%n", users, messages);
            HttpBench.Result echo;
            try (LocalBotApi api = new LocalBotApi(); EchoBot bot = new EchoBot(api.apiUrl())) {
                HttpBench.run(api, 10, 5, ScriptedUser.OPENERS);
                echo = HttpBench.run(api, users, messages, ScriptedUser.OPENERS);
            }
            HttpBench.Result ours;
            String before;
            String after;
            PrometheusMeterRegistry registry = Components.prometheus();
            try (LocalBotApi api = new LocalBotApi(); SessionStore store = freshStore(settings);
                 TelegramRunner runner = new TelegramRunner(unlimited(api.apiUrl()),
                         new Bot(engine, store, "sorry", null, new BotMetrics(registry)), knowledge.phrases(), Clock.systemUTC()).start();
                 AdminServer admin = new AdminServer(new InetSocketAddress("127.0.0.1", 0), "", Optional.empty(), registry, List.of(),
                         days -> null, () -> null, List::of).start()) {
                HttpBench.run(api, 10, 5, ScriptedUser.OPENERS);
                before = MetricsProbe.messagesAndSends(admin.port());
                ours = HttpBench.run(api, users, messages, ScriptedUser.OPENERS);
                after = MetricsProbe.messagesAndSends(admin.port());
            }
            out.println("  echo bot:   " + echo.line());
            out.println("  supportbot: " + ours.line());
            out.println("  its /metrics before the run: " + before);
            out.println("  its /metrics after the run:  " + after);
            out.printf(Locale.ROOT, "  supportbot / echo: %.2f (updates/s)%n%n", ours.perSecond() / echo.perSecond());
        }
        if (wanted("startup") && jar != null) {
            double[] ms = StartupBench.millis(jar, 3);
            out.printf(Locale.ROOT, "4a. start-up: process start to first reply (chat --jsonl, fresh store): median %.0f ms "
                    + "(min %.0f, max %.0f of 3)%n%n", ms[1], ms[0], ms[2]);
        }
        if (wanted("memory") && jar != null) {
            // Measured in a process of its own, started the way the README says to run the bot in production.
            out.printf(Locale.ROOT, "4b. memory after %,d conversations through engine + SQLite store, 8 workers, in a JVM of its own: "
                    + "java %s -jar supportbot.jar%n", memoryConversations, String.join(" ", PRODUCTION_JVM));
            List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(PRODUCTION_JVM);
            command.add("-Dbench.workers=8");   // as many as the Telegram channel's default workers
            command.addAll(List.of("-jar", jar.toString(), "bench", "--only", "memory-here",
                    "--memory-conversations", String.valueOf(memoryConversations)));
            Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String result = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            child.waitFor();
            result.lines().filter(l -> l.startsWith("  ")).forEach(out::println);
            out.println();
        }
        if (wanted("memory-here")) {
            Path dir = Files.createTempDirectory("supportbot-memory");
            try (SessionStore store = SqliteSessionStore.open(dir, settings.storeSynchronous(), Duration.ofDays(90), Instant.now())) {
                // In waves of 1,000 open conversations: the bot keeps nothing per conversation in memory, but
                // the benchmark's own bookkeeping of 100,000 open ones would.
                Bot bot = new Bot(engine, store, "sorry");
                PipelineBench.Run r = null;
                for (int wave = 0; wave * 1_000 < memoryConversations; wave++) {
                    PipelineBench.Run part = PipelineBench.run(bot, "mem" + wave + "-", Math.min(1_000, memoryConversations - wave * 1_000), WORKERS);
                    r = r == null ? part : r.plus(part);
                }
                long heap = MemoryProbe.heapUsedAfterGc();
                out.printf(Locale.ROOT, "  descriptions %s%n  replies %s%n  RSS %d MB, heap in use after GC %d MB%n",
                        r.descriptions().line(), r.replies().line(),
                        MemoryProbe.rssBytes() >> 20, heap >> 20);
                long bytes = Files.size(dir.resolve("supportbot.db"))
                        + (Files.exists(dir.resolve("supportbot.db-wal")) ? Files.size(dir.resolve("supportbot.db-wal")) : 0);
                out.printf(Locale.ROOT, "  store: %,d bytes, %,.0f bytes per conversation (session + %d event-log rows)%n%n",
                        bytes, bytes / (double) memoryConversations, (r.descriptions().messages() + r.replies().messages()) / memoryConversations);
            }
        }
        if (wanted("store")) {
            out.printf(Locale.ROOT, "4c. store scale: save and load latency, one at a time, before and after %,d stored conversations%n", stored);
            Bot probe = new Bot(engine, new supportbot.store.InMemorySessionStore(), "sorry");
            var key = new supportbot.dialog.ConversationKey("probe", "1");
            probe.handle(supportbot.dialog.Event.text(key, "my iphone hasnt backed up in weeks", 1, Instant.now()));
            probe.handle(supportbot.dialog.Event.text(key, "didnt help", 2, Instant.now()));
            out.print(StoreScaleBench.run(Files.createTempDirectory("supportbot-scale"),
                    probe.store().load(key).orElseThrow().session(), stored, settings.storeSynchronous()));
            out.println();
        }
        if (wanted("nlu") && corpora != null) {
            CorpusBench nlu = new CorpusBench(settings.training(ModelKind.INTENTS));
            out.println("5a. NLU on Braun et al. 2017 (train split -> test split), accuracy = pooled F1");
            out.print(nlu.braun(corpora.resolve("braun2017")));
            out.println();
        }
        if (wanted("clinc") && corpora != null) {
            // Not by default: with the sentence embedding, training on CLINC's 15,100 messages takes about 20 minutes
            // here even with fewer iterations and no character n-grams.
            var own = settings.training(ModelKind.INTENTS);
            TrainingSettings training = new TrainingSettings(own.algorithm(), own.cutoff(), clincIterations, own.bigrams(),
                    clincCharNgrams, own.sentenceEmbedding(), own.embeddingScale(), own.l2Cost(), own.threads());
            CorpusBench nlu = new CorpusBench(training);
            out.printf(Locale.ROOT, "5b. NLU on CLINC150 (train + oos_train -> test + oos_test), %d iterations, character n-grams %s%n",
                    clincIterations, clincCharNgrams ? "on" : "off");
            out.print(nlu.clinc(corpora.resolve("clinc150").resolve("data_full.json")));
        }
    }

    /**
     * The pipeline of section 2 on PostgreSQL, with one instance and with two sharing the database (each
     * message to the next instance in turn): the server of {@code --pg-url} or SUPPORTBOT_STORE_URL.
     */
    private void pipelineOnPostgres(PrintStream out, Settings settings, DialogEngine engine) throws Exception {
        String url = pgUrl != null && !pgUrl.isBlank() ? pgUrl : settings.store().url();
        out.printf(Locale.ROOT, "2b. pipeline in-process on PostgreSQL: %,d conversations at once, %d workers per instance,"
                + " group commit, synchronous_commit on, a conversation lock per message%n", conversations, PG_WORKERS);
        if (url.isBlank()) {
            out.println("  skipped: no server (--pg-url jdbc:postgresql://host/db, or SUPPORTBOT_STORE_URL)");
            out.println();
            return;
        }
        for (int instances : new int[] {1, 2}) {
            List<SessionStore> stores = new java.util.ArrayList<>();
            try {
                List<Bot> bots = new java.util.ArrayList<>();
                for (int i = 0; i < instances; i++) {
                    SessionStore store = supportbot.store.PostgresSessionStore.open(url, settings.store().user(),
                            settings.store().password(), PG_WORKERS + 4, settings.storeSynchronous(), Duration.ofDays(90), Instant.now());
                    stores.add(store);
                    bots.add(new Bot(engine, store, "sorry"));
                }
                String prefix = "pg" + System.nanoTime() + "-" + instances + "-";
                PipelineBench.run(bots, prefix + "warmup", 2_000, PG_WORKERS * instances);
                List<PipelineBench.Run> rounds = new java.util.ArrayList<>();
                for (int round = 0; round < 3; round++) {
                    rounds.add(PipelineBench.run(bots, prefix + round, conversations, PG_WORKERS * instances));
                }
                rounds.sort(java.util.Comparator.comparingDouble(r -> r.replies().perSecond()));
                PipelineBench.Run median = rounds.get(1);
                out.printf(Locale.ROOT, "  %d instance%s, median of 3 rounds: descriptions %s%n", instances,
                        instances == 1 ? "" : "s", median.descriptions().line());
                out.printf(Locale.ROOT, "  %d instance%s, median of 3 rounds: replies and presses %s%n", instances,
                        instances == 1 ? "" : "s", median.replies().line());
            } finally {
                stores.forEach(SessionStore::close);
            }
        }
        out.println();
    }

    private boolean wanted(String section) {
        boolean byDefault = !section.equals("memory-here") && !section.equals("clinc");
        return only == null || only.isEmpty() ? byDefault : only.contains(section);
    }

    private static SessionStore freshStore(Settings settings) throws Exception {
        return SqliteSessionStore.open(Files.createTempDirectory("supportbot-bench"), settings.storeSynchronous(),
                Duration.ofDays(90), Instant.now());
    }

    /** Telegram's limits are the server's to enforce; the local API enforces none, so neither bot is held back. */
    private static TelegramSettings unlimited(String apiUrl) {
        return new TelegramSettings("1:bench", apiUrl, TelegramSettings.Mode.POLLING, 1, "", "127.0.0.1", 0, "/", "",
                8, 1_000_000, 1_000_000, 1_000_000, 1_000_000, 3, Duration.ofMillis(100), Duration.ofSeconds(1),
                Duration.ofHours(1));
    }
}
