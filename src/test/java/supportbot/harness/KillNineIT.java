package supportbot.harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import supportbot.dialog.ConversationKey;
import supportbot.knowledge.KnowledgeBase;
import supportbot.store.LogEntry;
import supportbot.store.SessionStore;
import supportbot.store.SqliteSessionStore;
import supportbot.testing.TestBot;

/**
 * The fault harness: scripted conversations against the real jar, killed with SIGKILL at random
 * moments (before a line, while it is being handled, after) and restarted on the same data folder.
 * After a restart the harness sends an empty line, which makes the bot say where the conversation
 * stands, and resends the last line only if it was not applied. Every conversation must then reach
 * each step exactly once, in order, and none may be lost.
 *
 * <p>CI runs 50 conversations; the full run is
 * {@code mvn -B verify -Dit.test=KillNineIT -Dharness.conversations=200}.
 */
class KillNineIT {
    private static final Path JAR = Path.of("target", "supportbot.jar");
    private static final int CONVERSATIONS = Integer.getInteger("harness.conversations", 50);
    private static final long SEED = Long.getLong("harness.seed", 20261125L);
    private static final double KILL_CHANCE = 0.25;

    @TempDir
    Path dataDir;

    private record Result(Script script, int kills, int resent, List<String> problems) {
    }

    @Test
    void everyConversationGetsEveryStepExactlyOnceInOrderDespiteKills() throws Exception {
        KnowledgeBase kb = TestBot.knowledge();
        Random seeds = new Random(SEED);
        List<Future<Result>> running = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        long start = System.nanoTime();
        for (int i = 0; i < CONVERSATIONS; i++) {
            long seed = seeds.nextLong();
            String id = "c" + i;
            running.add(pool.submit(() -> play(Script.random(id, kb, new Random(seed)), new Random(seed + 1))));
        }
        List<Result> results = new ArrayList<>();
        for (Future<Result> f : running) {
            results.add(f.get());
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;

        int kills = results.stream().mapToInt(Result::kills).sum();
        int resent = results.stream().mapToInt(Result::resent).sum();
        int lines = results.stream().mapToInt(r -> r.script().lines().size()).sum();
        System.out.printf("kill -9 harness: %d conversations, %d lines, %d kills, %d lines resent after a kill, %.1f s%n",
                results.size(), lines, kills, resent, seconds);

        List<String> problems = results.stream().flatMap(r -> r.problems().stream()).toList();
        assertThat(problems).isEmpty();
        assertThat(kills).as("the harness really killed the bot").isGreaterThan(CONVERSATIONS / 10);
        checkTheLog(results);
    }

    /** The store's own record agrees: each fix's outcome logged once, in the order of the script. */
    private void checkTheLog(List<Result> results) {
        try (SessionStore store = SqliteSessionStore.open(dataDir, SqliteSessionStore.Synchronous.FULL,
                java.time.Duration.ofDays(1), java.time.Instant.now())) {
            for (Result r : results) {
                List<String> outcomes = store.log(new ConversationKey("console", r.script().id())).stream()
                        .flatMap(e -> e.answered().stream().limit(1)).map(a -> a.fixId()).toList();
                List<String> expected = new ArrayList<>();
                List<Script.Checkpoint> after = r.script().after();
                for (int i = 1; i < after.size(); i++) {
                    String before = after.get(i - 1).fix();
                    if (before != null && !before.equals(after.get(i).fix())) {
                        expected.add(before);
                    }
                }
                assertThat(outcomes).as("fix outcomes logged for %s", r.script().id()).isEqualTo(expected);
            }
        }
    }

    private Result play(Script script, Random random) throws Exception {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        int kills = 0;
        int resent = 0;
        BotProcess bot = new BotProcess(JAR, dataDir, script.id());
        int next = 0;
        while (next < script.lines().size()) {
            bot.send(script.lines().get(next));
            if (random.nextDouble() < KILL_CHANCE) {
                Thread.sleep(random.nextInt(40));   // somewhere before, during or after handling the line
                bot.kill();
                kills++;
                bot = new BotProcess(JAR, dataDir, script.id());
                bot.send("");
                JsonObject where = bot.reply();
                Script.Checkpoint now = checkpoint(where);
                Script.Checkpoint before = next == 0 ? new Script.Checkpoint(null, "awaiting_problem") : script.after().get(next - 1);
                if (now.equals(script.after().get(next))) {
                    next++;                          // applied before the kill
                } else if (now.equals(before)) {
                    resent++;                        // not applied: send it again
                } else {
                    problems.add(script.id() + " line " + next + ": after a kill at " + now + ", expected "
                            + before + " or " + script.after().get(next));
                    break;
                }
                continue;
            }
            Script.Checkpoint now = checkpoint(bot.reply());
            if (!now.equals(script.after().get(next))) {
                problems.add(script.id() + " line " + next + " '" + script.lines().get(next) + "': at " + now
                        + ", expected " + script.after().get(next));
                break;
            }
            next++;
        }
        bot.close();
        if (!problems.isEmpty()) {
            Path stderr = dataDir.resolve(script.id() + ".stderr");
            problems.add(script.id() + " stderr: " + (java.nio.file.Files.exists(stderr) ? java.nio.file.Files.readString(stderr) : ""));
        }
        return new Result(script, kills, resent, problems);
    }

    private static Script.Checkpoint checkpoint(JsonObject reply) {
        if (reply == null) {
            return new Script.Checkpoint("(no reply)", "(process ended)");
        }
        return new Script.Checkpoint(reply.get("fix").isJsonNull() ? null : reply.get("fix").getAsString(),
                reply.get("state").getAsString());
    }
}
