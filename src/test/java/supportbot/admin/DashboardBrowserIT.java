package supportbot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import supportbot.analytics.Stats;
import supportbot.analytics.StatsReport;
import supportbot.knowledge.Phrase;
import supportbot.pipeline.Bot;
import supportbot.store.SqliteSessionStore;
import supportbot.testing.TestBot;
import supportbot.testing.TestUser;

/**
 * The dashboard in Debian's chromium (playwright-core, src/test/dashboard/check.mjs): a store filled with
 * scripted conversations, the real jar started on it with the admin server, a sign-in with a wrong token
 * and then the right one, every chart drawn, and the page's figures equal to what {@link Stats} makes of
 * the same store. The screenshot goes to target/dashboard.png.
 */
class DashboardBrowserIT {
    private static final Path JAR = Path.of("target", "supportbot.jar");
    private static final Path CHECK = Path.of("src", "test", "dashboard");
    private static final String TOKEN = "dashboard-test-token";

    @TempDir
    Path data;

    @Test
    void theDashboardShowsTheScriptedFiguresInABrowser() throws Exception {
        fill();
        StatsReport report = report();
        Path expected = data.resolve("expected.json");
        Files.writeString(expected, expected(report).toString());

        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ProcessBuilder bot = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString());
        bot.environment().put("TELEGRAM_BOT_TOKEN", "1:dashboard-test");
        bot.environment().put("TELEGRAM_API_URL", "http://127.0.0.1:9/bot");   // nothing there: the test is about the admin port
        bot.environment().put("SUPPORTBOT_DATA_DIR", data.toString());
        bot.environment().put("SUPPORTBOT_ADMIN_PORT", String.valueOf(port));
        bot.environment().put("SUPPORTBOT_ADMIN_TOKEN", TOKEN);
        bot.redirectErrorStream(true).redirectOutput(new File("target/dashboard-bot.log"));
        Process process = bot.start();
        try {
            awaitHealthy(port);
            installIfMissing();
            Process check = new ProcessBuilder("node", "check.mjs", "http://127.0.0.1:" + port, TOKEN,
                    expected.toAbsolutePath().toString(), Path.of("target", "dashboard.png").toAbsolutePath().toString())
                    .directory(CHECK.toFile()).redirectErrorStream(true).start();
            String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(check.waitFor(2, TimeUnit.MINUTES)).isTrue();
            System.out.println(output.strip());
            assertThat(check.exitValue()).as(output).isZero();
            assertThat(Path.of("target", "dashboard.png")).isNotEmptyFile();
        } finally {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** Conversations on three days: resolved (one of them back the same day), stopped, out of fixes, abandoned. */
    private void fill() {
        try (SqliteSessionStore store = SqliteSessionStore.open(data, SqliteSessionStore.Synchronous.NORMAL,
                Duration.ofDays(90), Instant.now())) {
            Bot bot = new Bot(TestBot.engine(), store, "sorry");
            // Over a week ago: a resolved problem has had its week to come back (containment counts only those).
            Instant day = Instant.now().minus(Duration.ofDays(12));
            new TestUser(bot, "1", day).says("my icloud storage is full").presses(Phrase.BUTTON_NOT_FIXED)
                    .presses("✅ Yes, it's green").presses("iPhone X or later").presses(Phrase.BUTTON_FIXED)
                    .presses(Phrase.BUTTON_HELPFUL).says("my icloud storage is full");
            new TestUser(bot, "2", day).says("my wifi keeps dropping out").presses(Phrase.BUTTON_STOP);
            new TestUser(bot, "3", day.plus(Duration.ofDays(1))).says("my phone won't charge").presses(Phrase.BUTTON_NOT_FIXED)
                    .presses("iPhone X or later").presses(Phrase.BUTTON_NOT_FIXED).presses(Phrase.BUTTON_NOT_FIXED);
            new TestUser(bot, "4", day.plus(Duration.ofDays(2))).says("my photos are not uploading to icloud");
            new TestUser(bot, "5", day.plus(Duration.ofDays(2))).says("my icloud storage is full").presses(Phrase.BUTTON_FIXED)
                    .presses(Phrase.BUTTON_NOT_HELPFUL);
        }
    }

    private StatsReport report() {
        Stats stats = new Stats(Instant.now(), Duration.ofHours(24));
        SqliteSessionStore.readEvents(data, Instant.now().minus(Duration.ofDays(30)), stats::add);
        return stats.report();
    }

    private static JsonObject expected(StatsReport report) {
        JsonObject expected = new JsonObject();
        JsonArray days = new JsonArray();
        for (StatsReport.DayRow d : report.days()) {
            JsonObject day = new JsonObject();
            day.addProperty("day", d.day());
            day.addProperty("begun", d.begun());
            day.addProperty("resolved", d.resolved());
            day.addProperty("outOfFixes", d.outOfFixes());
            day.addProperty("handedOff", d.handedOff());
            day.addProperty("abandoned", d.abandoned());
            day.addProperty("other", d.other());
            days.add(day);
        }
        expected.add("days", days);
        List<String> symptoms = report.funnel().stream().map(StatsReport.FunnelStep::intent).distinct().sorted().toList();
        JsonArray names = new JsonArray();
        symptoms.forEach(names::add);
        expected.add("symptoms", names);
        expected.addProperty("charts", 3 + symptoms.size());
        JsonObject containment = new JsonObject();
        containment.addProperty("resolved", report.containment().resolved());
        containment.addProperty("cameBack", report.containment().cameBack());
        expected.add("containment", containment);
        expected.addProperty("helpful", report.helpful());
        expected.addProperty("notHelpful", report.notHelpful());
        assertThat(report.days()).as("the script covers several days").hasSizeGreaterThanOrEqualTo(3);
        assertThat(report.containment().cameBack()).as("and a problem that came back").isEqualTo(1);
        return expected;
    }

    private static void awaitHealthy(int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the admin server did not come up; see target/dashboard-bot.log");
    }

    private static void installIfMissing() throws Exception {
        if (Files.exists(CHECK.resolve("node_modules").resolve("playwright-core"))) {
            return;
        }
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(CHECK.toFile())
                .redirectErrorStream(true).redirectOutput(new File("target/npm-ci-dashboard.log")).start();
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            throw new IllegalStateException("npm ci in " + CHECK + " failed; see target/npm-ci-dashboard.log");
        }
    }
}
