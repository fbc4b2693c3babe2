package supportbot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import supportbot.dialog.ConversationKey;
import supportbot.harness.Script;
import supportbot.knowledge.KnowledgeBase;
import supportbot.store.PostgresSessionStore;
import supportbot.store.SessionStore;
import supportbot.store.SqliteSessionStore;
import supportbot.testing.TestBot;
import supportbot.testing.TestPostgres;

/**
 * Three instances of the real jar on one PostgreSQL database, one of them killed with SIGKILL every few
 * seconds and started again, while scripted conversations from many chats go on:
 * <ul>
 *   <li>webhook: every update is posted to the instances in turn, as a load balancer would, and to the
 *       next one when an instance does not answer 200 (as Telegram retries);</li>
 *   <li>polling: the instances share one bot token; the one holding the lease polls and sends, and the one
 *       killed is always the one that polled last.</li>
 * </ul>
 * The oracle is the same conversations played on the same engine in this JVM ({@link ReferenceReplies}):
 * every chat must get every expected message in order; a repeat of the message just before is a duplicate
 * (a send in flight at a kill); the store's log must hold each line once, so no step was lost or applied twice.
 *
 * <p>CI runs 200 conversations each way; {@code -Dharness.conversations=1000} for a longer run.
 */
class SeveralInstancesIT {
    private static final Path JAR = Path.of("target", "supportbot.jar");
    private static final int CONVERSATIONS = Integer.getInteger("harness.conversations", 200);
    private static final long SEED = Long.getLong("harness.seed", 20261202L);
    private static final int INSTANCES = 3;
    private static final int LANES = 24;
    private static final Duration TURN_LIMIT = Duration.ofSeconds(90);
    private static final int SEND_WORKERS = 8;
    private static final String SECRET = "harness-secret";

    @TempDir
    Path dir;

    private record Played(long chat, List<ReferenceReplies.Turn> turns, List<String> problems) {
    }

    /** How a turn reaches the bot: queued for polling, or posted to a webhook. */
    private interface Delivery {
        void deliver(String updateJson) throws InterruptedException;
    }

    @Test
    void threeWebhookInstancesApplyEveryStepOnceInOrderThroughKills() throws Exception {
        String database = TestPostgres.freshDatabase();
        try (FakeBotApi api = new FakeBotApi()) {
            List<Instance> instances = new ArrayList<>();
            for (int i = 1; i <= INSTANCES; i++) {
                instances.add(new Instance(i, api.apiUrl(), database, TelegramSettings.Mode.WEBHOOK));
            }
            instances.forEach(Instance::start);
            instances.forEach(Instance::awaitWebhook);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            AtomicInteger next = new AtomicInteger();
            AtomicInteger redelivered = new AtomicInteger();
            Delivery post = json -> {
                long deadline = System.nanoTime() + TURN_LIMIT.toNanos();
                while (System.nanoTime() < deadline) {
                    Instance to = instances.get(Math.floorMod(next.getAndIncrement(), INSTANCES));
                    if (to.post(http, json)) {
                        return;
                    }
                    redelivered.incrementAndGet();
                    Thread.sleep(100);
                }
            };
            Run run = play(api, post, instances, false);
            System.out.printf("Several instances, webhook: %d instances, %d conversations, %d lines, %d kills, %d updates"
                            + " posted again to another instance; duplicates after a kill: %d; %.1f s%n",
                    INSTANCES, run.played().size(), run.lines(), run.kills(), redelivered.get(), run.duplicates(), run.seconds());
            check(run, database);
        }
    }

    @Test
    void threePollingInstancesShareOneTokenAndATakeOverComesWithinSeconds() throws Exception {
        String database = TestPostgres.freshDatabase();
        try (FakeBotApi api = new FakeBotApi()) {
            List<Instance> instances = new ArrayList<>();
            for (int i = 1; i <= INSTANCES; i++) {
                instances.add(new Instance(i, api.apiUrl(), database, TelegramSettings.Mode.POLLING));
            }
            instances.forEach(Instance::start);
            Run run = play(api, json -> { }, instances, true);
            List<Double> takeovers = takeovers(api.polls(), run.leaderKills());
            double worst = takeovers.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            System.out.printf("Several instances, polling: %d instances, %d conversations, %d lines, %d kills of the poller;"
                            + " takeover after a kill: median %.1f s, worst %.1f s; pollers seen: %s; duplicates after a kill:"
                            + " %d; %.1f s%n", INSTANCES, run.played().size(), run.lines(), run.kills(),
                    median(takeovers), worst, api.polls().stream().map(FakeBotApi.Poll::by).distinct().sorted().toList(),
                    run.duplicates(), run.seconds());
            check(run, database);
            assertThat(takeovers).as("a takeover after each kill of the poller").hasSizeGreaterThanOrEqualTo(run.kills() - 1);
            assertThat(worst).as("seconds from a kill of the poller to the next poll by another instance").isLessThan(10);
            assertThat(api.polls().stream().map(FakeBotApi.Poll::by).distinct().count()).as("instances that polled")
                    .isGreaterThan(1);
        }
    }

    /** What a run gave: the chats, the kills (and when the poller was killed), the duplicates. */
    private record Run(List<Played> played, List<String> problems, int kills, List<Long> leaderKills, int duplicates,
                       int lines, double seconds) {
    }

    private Run play(FakeBotApi api, Delivery delivery, List<Instance> instances, boolean killThePoller) throws Exception {
        KnowledgeBase kb = TestBot.knowledge();
        Random seeds = new Random(SEED);
        List<Script> scripts = new ArrayList<>();
        for (int i = 0; i < CONVERSATIONS; i++) {
            scripts.add(Script.random("m" + i, kb, new Random(seeds.nextLong())));
        }
        AtomicBoolean playing = new AtomicBoolean(true);
        AtomicInteger kills = new AtomicInteger();
        List<Long> leaderKills = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        Thread killer = new Thread(() -> {
            Random random = new Random(SEED + 7);
            try {
                while (playing.get()) {
                    Thread.sleep(2_000 + random.nextInt(3_000));
                    if (!playing.get()) {
                        return;
                    }
                    Instance victim = killThePoller ? poller(api, instances) : instances.get(random.nextInt(INSTANCES));
                    long at = System.nanoTime();
                    victim.kill();
                    kills.incrementAndGet();
                    if (killThePoller) {
                        leaderKills.add(at);
                    }
                    victim.start();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "killer");
        killer.start();
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        List<Future<Played>> running = new ArrayList<>();
        for (int i = 0; i < scripts.size(); i++) {
            long chat = 9000 + i;
            Script script = scripts.get(i);
            running.add(lanes.submit(() -> play(api, delivery, chat, script)));
        }
        List<Played> played = new ArrayList<>();
        for (Future<Played> f : running) {
            played.add(f.get());
        }
        lanes.shutdown();
        playing.set(false);
        killer.join();
        Thread.sleep(2_000);   // a reply sent twice at the very end shows up now
        instances.forEach(Instance::stop);
        for (Instance instance : instances) {
            Files.copy(instance.log, Path.of("target", "several-instances-" + instance.mode.name().toLowerCase() + "-"
                    + instance.index + ".log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> problems = new ArrayList<>();
        int duplicates = 0;
        for (Played p : played) {
            problems.addAll(p.problems());
            List<String> expected = ReferenceReplies.flatten(p.turns());
            ReferenceReplies.Progress progress = ReferenceReplies.follow(expected,
                    api.sentTo(p.chat()).stream().map(FakeBotApi.Sent::text).toList());
            if (progress.stray() != null || progress.matched() < expected.size()) {
                problems.add("chat " + p.chat() + ": " + progress.matched() + " of " + expected.size()
                        + " messages, then '" + progress.stray() + "'");
            }
            duplicates += progress.duplicates().size();
        }
        int lines = played.stream().mapToInt(p -> p.turns().size()).sum();
        return new Run(played, problems, kills.get(), List.copyOf(leaderKills), duplicates, lines,
                (System.nanoTime() - start) / 1e9);
    }

    private void check(Run run, String database) {
        assertThat(run.problems()).as("lost, stray or late messages").isEmpty();
        assertThat(run.kills()).as("the harness really killed instances").isGreaterThanOrEqualTo(Math.min(10, CONVERSATIONS / 20));
        assertThat(run.duplicates()).as("duplicates only from sends in flight at a kill")
                .isLessThanOrEqualTo(run.kills() * SEND_WORKERS);
        try (SessionStore store = PostgresSessionStore.open(database, "", "", 4, SqliteSessionStore.Synchronous.FULL,
                Duration.ofDays(1), Instant.now())) {
            for (Played p : run.played()) {
                ConversationKey key = new ConversationKey(UpdateReader.CHANNEL, String.valueOf(p.chat()));
                assertThat(store.log(key)).as("log entries of chat %d: each step once", p.chat()).hasSize(p.turns().size());
            }
            assertThat(store.backlog().pending()).as("replies left in the outbox").isZero();
        }
    }

    private Played play(FakeBotApi api, Delivery delivery, long chat, Script script) throws Exception {
        List<ReferenceReplies.Turn> turns = ReferenceReplies.of(script.lines(), chat);
        List<String> problems = new ArrayList<>();
        int expectedSoFar = 0;
        for (ReferenceReplies.Turn turn : turns) {
            String update = turn.pressData() == null
                    ? api.userSays(chat, chat, turn.line())
                    : api.userPresses(chat, api.lastWithButtons(chat), turn.pressData());
            delivery.deliver(update);
            expectedSoFar += turn.texts().size();
            if (!api.awaitTexts(chat, ReferenceReplies.flatten(turns).subList(0, expectedSoFar), TURN_LIMIT)) {
                problems.add("chat " + chat + ": no full answer to '" + turn.line() + "' within " + TURN_LIMIT);
                break;
            }
        }
        return new Played(chat, turns, problems);
    }

    /** The instance that polled last: the lease holder. */
    private static Instance poller(FakeBotApi api, List<Instance> instances) {
        List<FakeBotApi.Poll> polls = api.polls();
        String by = polls.isEmpty() ? "i1" : polls.get(polls.size() - 1).by();
        return instances.stream().filter(i -> by.equals("i" + i.index)).findFirst().orElse(instances.get(0));
    }

    /** For each kill of the poller: seconds until another instance polled. */
    private static List<Double> takeovers(List<FakeBotApi.Poll> polls, List<Long> kills) {
        List<Double> seconds = new ArrayList<>();
        for (long kill : kills) {
            String before = null;
            for (FakeBotApi.Poll p : polls) {
                if (p.atNanos() < kill) {
                    before = p.by();
                }
            }
            for (FakeBotApi.Poll p : polls) {
                if (p.atNanos() > kill && !p.by().equals(before)) {
                    seconds.add((p.atNanos() - kill) / 1e9);
                    break;
                }
            }
        }
        return seconds;
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** One instance of the jar: its own API URL prefix (to tell its polls apart), webhook port and log. */
    private final class Instance {
        final int index;
        final TelegramSettings.Mode mode;
        final Path log;
        private final String apiUrl;
        private final String database;
        private final int webhookPort;
        private Process process;

        Instance(int index, String apiUrl, String database, TelegramSettings.Mode mode) throws IOException {
            this.index = index;
            this.mode = mode;
            this.apiUrl = apiUrl.replaceFirst("/bot$", "/i" + index + "/bot");
            this.database = database;
            this.log = dir.resolve("instance-" + index + ".log");
            try (ServerSocket socket = new ServerSocket(0)) {
                this.webhookPort = socket.getLocalPort();
            }
        }

        synchronized void start() {
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx400m", "-jar", JAR.toString()));
            builder.environment().put("TELEGRAM_BOT_TOKEN", "1:harness");
            builder.environment().put("TELEGRAM_API_URL", apiUrl);
            builder.environment().put("TELEGRAM_MODE", mode.name().toLowerCase());
            builder.environment().put("TELEGRAM_WEBHOOK_URL", "https://bot.example.invalid/telegram");
            builder.environment().put("TELEGRAM_WEBHOOK_PORT", String.valueOf(webhookPort));
            builder.environment().put("TELEGRAM_WEBHOOK_SECRET", SECRET);
            builder.environment().put("SUPPORTBOT_STORE_URL", database);
            builder.environment().put("SUPPORTBOT_DATA_DIR", dir.resolve("data-" + index).toString());
            builder.redirectErrorStream(true);
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Until the webhook port answers (the jar takes a second or two to start). */
        void awaitWebhook() {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                try (java.net.Socket socket = new java.net.Socket("127.0.0.1", webhookPort)) {
                    return;
                } catch (IOException e) {
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException stop) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
            throw new IllegalStateException("instance " + index + " never opened its webhook port");
        }

        /** Posts an update as Telegram does; true when the instance took it (200). */
        boolean post(HttpClient http, String json) throws InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webhookPort + "/telegram"))
                    .timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json")
                    .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
            try {
                return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;   // down, or killed while handling it: the next instance gets it
            }
        }

        /** SIGKILL: no shutdown hooks, no flush, like a crash. */
        synchronized void kill() {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        synchronized void stop() {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
