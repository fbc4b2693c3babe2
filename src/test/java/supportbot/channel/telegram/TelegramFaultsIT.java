package supportbot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import supportbot.store.SessionStore;
import supportbot.store.SqliteSessionStore;
import supportbot.testing.TestBot;

/**
 * The fault harness on Telegram: the real jar polls a fake Bot API that fails as Telegram and networks
 * do (502, 429 with retry_after, connections dropped before and after a message is taken, slow answers,
 * failed polls, updates that cannot be read), and is killed with SIGKILL every few seconds and started
 * again on the same data folder, while the fake re-delivers every update that was not confirmed, as
 * Telegram does. The oracle is the same conversations played on the same engine in this JVM with no
 * faults ({@link ReferenceReplies}). Every chat must receive every expected message in order; a repeat of
 * the message just before is a duplicate, counted by cause; anything else fails the run. The store's own
 * log must hold each line exactly once.
 *
 * <p>CI runs 200 conversations; a longer run: {@code mvn -B verify -Dit.test=TelegramFaultsIT
 * -Dharness.conversations=1000}.
 */
class TelegramFaultsIT {
    private static final Path JAR = Path.of("target", "supportbot.jar");
    private static final int CONVERSATIONS = Integer.getInteger("harness.conversations", 200);
    private static final long SEED = Long.getLong("harness.seed", 20261201L);
    private static final int LANES = 24;
    private static final Duration TURN_LIMIT = Duration.ofSeconds(90);
    /** The jar's sender workers: a kill can catch at most this many sends between Telegram's answer and the mark. */
    private static final int SEND_WORKERS = 8;

    @TempDir
    Path dataDir;

    private record Played(long chat, List<ReferenceReplies.Turn> turns, List<String> problems) {
    }

    @Test
    void everyReplyArrivesInOrderAndNoUpdateIsAppliedTwiceThroughFaultsAndKills() throws Exception {
        KnowledgeBase kb = TestBot.knowledge();
        Random seeds = new Random(SEED);
        List<Script> scripts = new ArrayList<>();
        for (int i = 0; i < CONVERSATIONS; i++) {
            scripts.add(Script.random("t" + i, kb, new Random(seeds.nextLong())));
        }
        try (FakeBotApi api = new FakeBotApi()) {
            api.hangFor(3_000);
            api.randomFaults(SEED, 0.08, 0.05);
            AtomicInteger kills = new AtomicInteger();
            AtomicInteger poison = new AtomicInteger();
            AtomicBoolean playing = new AtomicBoolean(true);
            long start = System.nanoTime();
            BotUnderTest bot = new BotUnderTest(api.apiUrl());
            Thread killer = new Thread(() -> killNow(bot, playing, kills, new Random(SEED + 7)), "killer");
            killer.start();

            ExecutorService lanes = Executors.newFixedThreadPool(LANES);
            List<Future<Played>> running = new ArrayList<>();
            for (int i = 0; i < scripts.size(); i++) {
                long chat = 7000 + i;
                Script script = scripts.get(i);
                Random random = new Random(SEED + i);
                running.add(lanes.submit(() -> play(api, chat, script, random, poison)));
            }
            List<Played> played = new ArrayList<>();
            for (Future<Played> f : running) {
                played.add(f.get());
            }
            lanes.shutdown();
            playing.set(false);
            killer.join();
            api.noMoreFaults();
            Thread.sleep(2_000);   // a reply sent twice at the very end shows up now
            bot.stop();
            // Kept for a look after the run (the temporary folder goes).
            java.nio.file.Files.copy(dataDir.resolve("bot.log"), Path.of("target", "telegram-faults-bot.log"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            double seconds = (System.nanoTime() - start) / 1e9;

            List<String> problems = new ArrayList<>();
            int afterReset = 0;
            int afterSlow = 0;
            int afterKill = 0;
            int messages = 0;
            for (Played p : played) {
                problems.addAll(p.problems());
                List<FakeBotApi.Sent> sent = api.sentTo(p.chat());
                List<String> expected = ReferenceReplies.flatten(p.turns());
                messages += expected.size();
                ReferenceReplies.Progress progress = ReferenceReplies.follow(expected, sent.stream().map(FakeBotApi.Sent::text).toList());
                if (progress.stray() != null || progress.matched() < expected.size()) {
                    problems.add("chat " + p.chat() + ": " + progress.matched() + " of " + expected.size()
                            + " messages, then '" + progress.stray() + "'");
                }
                for (int index : progress.duplicates()) {
                    FakeBotApi.Sent first = sent.get(index - 1);
                    if (!first.answered()) {
                        afterReset++;
                    } else if (first.slow()) {
                        afterSlow++;
                    } else {
                        afterKill++;
                    }
                }
            }
            int lines = played.stream().mapToInt(p -> p.turns().size()).sum();
            System.out.printf("Telegram fault harness: %d conversations, %d lines, %d messages expected, %d kills, %d faults served,"
                            + " %d unreadable updates; duplicates: %d after a reset once Telegram had the message, %d after a"
                            + " kill while Telegram was slow to answer, %d after a kill between Telegram's answer and the mark; %.1f s%n",
                    played.size(), lines, messages, kills.get(), api.faultsServed(), poison.get(), afterReset, afterSlow, afterKill,
                    seconds);

            assertThat(problems).as("lost, stray or late messages").isEmpty();
            assertThat(kills.get()).as("the harness really killed the bot").isGreaterThanOrEqualTo(Math.min(10, CONVERSATIONS / 20));
            assertThat(afterKill + afterSlow).as("duplicates only from sends in flight at a kill")
                    .isLessThanOrEqualTo(kills.get() * SEND_WORKERS);
            checkTheLog(played);
        }
    }

    /** The store's record agrees: one log entry per line, so no update was applied twice or lost. */
    private void checkTheLog(List<Played> played) {
        try (SessionStore store = SqliteSessionStore.open(dataDir, SqliteSessionStore.Synchronous.FULL, Duration.ofDays(1),
                Instant.now())) {
            for (Played p : played) {
                ConversationKey key = new ConversationKey(UpdateReader.CHANNEL, String.valueOf(p.chat()));
                assertThat(store.log(key)).as("log entries of chat %d", p.chat()).hasSize(p.turns().size());
            }
            assertThat(store.backlog().pending()).as("replies left in the outbox").isZero();
        }
    }

    private Played play(FakeBotApi api, long chat, Script script, Random random, AtomicInteger poison) throws Exception {
        List<ReferenceReplies.Turn> turns = ReferenceReplies.of(script.lines(), chat);
        List<String> problems = new ArrayList<>();
        int expectedSoFar = 0;
        for (ReferenceReplies.Turn turn : turns) {
            if (random.nextDouble() < 0.03) {
                poison.incrementAndGet();
                api.addRawUpdate("{\"update_id\":" + api.nextUpdateId() + ",\"message\":{\"message_id\":4294967296,\"date\":1,"
                        + "\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},\"text\":\"unreadable\"}}");
            }
            if (turn.pressData() == null) {
                api.userSays(chat, chat, turn.line());
            } else {
                api.userPresses(chat, api.lastWithButtons(chat), turn.pressData());
            }
            expectedSoFar += turn.texts().size();
            if (!api.awaitTexts(chat, ReferenceReplies.flatten(turns).subList(0, expectedSoFar), TURN_LIMIT)) {
                problems.add("chat " + chat + ": no full answer to '" + turn.line() + "' within " + TURN_LIMIT);
                break;
            }
        }
        return new Played(chat, turns, problems);
    }

    private static void killNow(BotUnderTest bot, AtomicBoolean playing, AtomicInteger kills, Random random) {
        try {
            while (playing.get()) {
                Thread.sleep(2_000 + random.nextInt(3_000));
                if (!playing.get()) {
                    return;
                }
                bot.kill();
                kills.incrementAndGet();
                bot.start();
            }
        } catch (InterruptedException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jar on Telegram (the fake), restarted on the same data folder after each kill. */
    private final class BotUnderTest {
        private final String apiUrl;
        private Process process;

        BotUnderTest(String apiUrl) throws IOException {
            this.apiUrl = apiUrl;
            start();
        }

        synchronized void start() throws IOException {
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-jar", JAR.toString()));
            builder.environment().put("TELEGRAM_BOT_TOKEN", "1:harness");
            builder.environment().put("TELEGRAM_API_URL", apiUrl);
            builder.environment().put("SUPPORTBOT_DATA_DIR", dataDir.toString());
            builder.environment().put("SUPPORTBOT_STORE_SYNCHRONOUS", System.getProperty("harness.synchronous", "FULL"));
            builder.redirectErrorStream(true);
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("bot.log").toFile()));
            process = builder.start();
        }

        /** SIGKILL: no shutdown hooks, no flush, like a crash. */
        synchronized void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }

        synchronized void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
