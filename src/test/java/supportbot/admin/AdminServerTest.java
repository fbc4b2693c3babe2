package supportbot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Event;
import supportbot.metrics.BotMetrics;
import supportbot.pipeline.Bot;
import supportbot.store.SqliteSessionStore;
import supportbot.testing.TestBot;

/** The admin port over real HTTP: health, readiness that follows the store, metrics that move, the token. */
class AdminServerTest {
    private static final String TOKEN = "t0ken-for-tests";
    private static final ConversationKey KEY = new ConversationKey("telegram", "77");

    @TempDir
    Path dir;

    private SqliteSessionStore store;
    private List<supportbot.analytics.OrderComparison> orders = List.of();
    private PrometheusMeterRegistry registry;
    private AdminServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        store = SqliteSessionStore.open(dir, SqliteSessionStore.Synchronous.FULL, Duration.ofDays(1), Instant.now());
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        server = start(TOKEN);
    }

    private AdminServer start(String token) throws Exception {
        return new AdminServer(new InetSocketAddress("127.0.0.1", 0), token, registry,
                List.of(Check.throwing("store", store::ping), new Check("telegram", Optional::empty)),
                days -> report(days), store::backlog, () -> orders).start();
    }

    /** The figures of the last N days, from the test's own store, as the bot's Main reads them. */
    private supportbot.analytics.StatsReport report(int days) {
        supportbot.analytics.Stats stats = new supportbot.analytics.Stats(Instant.now(), Duration.ofHours(24));
        store.eachEvent(Instant.now().minus(Duration.ofDays(days)), stats::add);
        return stats.report();
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private HttpResponse<String> get(AdminServer on, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + on.port() + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthAndReadinessAreOpenAndReadinessFollowsTheStore() throws Exception {
        assertThat(get(server, "/healthz", null).statusCode()).isEqualTo(200);
        HttpResponse<String> ready = get(server, "/readyz", null);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"store\":\"ok\"", "\"telegram\":\"ok\"");

        Files.delete(SqliteSessionStore.fileIn(dir));
        HttpResponse<String> gone = get(server, "/readyz", null);
        assertThat(gone.statusCode()).isEqualTo(503);
        assertThat(gone.body()).contains("is gone");
        assertThat(get(server, "/healthz", null).statusCode()).as("the process is still up").isEqualTo(200);
    }

    @Test
    void theMetricsCountEachMessageByChannelAndKind() throws Exception {
        Bot bot = new Bot(TestBot.engine(), store, "sorry", null, new BotMetrics(registry));
        String before = get(server, "/metrics", null).body();
        assertThat(before).doesNotContain("supportbot_messages_seconds_count");
        bot.handle(Event.text(KEY, "icloud storage is full", 1, Instant.now()), 1);
        bot.handle(Event.text(KEY, "didnt help", 2, Instant.now()), 2);
        String after = get(server, "/metrics", null).body();
        assertThat(after).contains("supportbot_messages_seconds_count{channel=\"telegram\",kind=\"text\"} 2");
        assertThat(after).contains("supportbot_problems_total{intent=\"storage_full\",outcome=\"begun\"} 1");
        assertThat(after).contains("supportbot_nlu_description_confidence_count 1");
        assertThat(after).contains("supportbot_messages_seconds_bucket");
    }

    @Test
    void theStatsApiWantsTheToken() throws Exception {
        assertThat(get(server, "/api/stats?days=7", null).statusCode()).isEqualTo(401);
        assertThat(get(server, "/api/stats?days=7", "Bearer wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> right = get(server, "/api/stats?days=7", "Bearer " + TOKEN);
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).contains("\"overall\"", "\"outbox\"", "\"days\":[]");
        assertThat(get(server, "/api/stats?days=lots", "Bearer " + TOKEN).statusCode()).isEqualTo(400);
        assertThat(get(server, "/nothing-here", null).statusCode()).isEqualTo(404);
    }

    @Test
    void withoutATokenSetTheApiIsRefusedSayingWhy() throws Exception {
        try (AdminServer open = start("")) {
            HttpResponse<String> refused = get(open, "/api/stats?days=7", "Bearer ");
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("SUPPORTBOT_ADMIN_TOKEN");
        }
    }

    @Test
    void theDashboardNeedsTheTokenOnceAndThenShowsTheFigures() throws Exception {
        Bot bot = new Bot(TestBot.engine(), store, "sorry", null, new BotMetrics(registry));
        bot.handle(Event.text(KEY, "icloud storage is full", 1, Instant.now()), 1);
        bot.handle(Event.text(KEY, "yes that fixed it, thank you", 2, Instant.now()), 2);
        HttpResponse<String> asked = get(server, "/?days=7", null);
        assertThat(asked.statusCode()).isEqualTo(401);
        assertThat(asked.body()).contains("<form method=\"post\" action=\"/login\"");

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        URI base = URI.create("http://127.0.0.1:" + server.port());
        HttpResponse<String> wrong = browser.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=nope")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + TOKEN)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Set-Cookie").orElseThrow()).doesNotContain(TOKEN).contains("HttpOnly");

        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(base.resolve("/?days=7")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("chart-resolution", "<h3>storage_full</h3>", "<td>fix 1</td><td>1</td><td>1</td>");
        assertThat(page.body()).as("never the user's words").doesNotContain("icloud storage is full");
        assertThat(get(server, "/assets/chart.umd.min.js", null).body()).startsWith("/*!\n * Chart.js v4.5.1");
        assertThat(page.body()).as("learned order off").doesNotContain("as learned");

        orders = List.of(new supportbot.analytics.OrderComparison("storage_full", List.of("a-fix", "b-fix"), List.of("b-fix", "a-fix")));
        String withOrders = browser.send(HttpRequest.newBuilder(base.resolve("/?days=7")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(withOrders).contains("<tr><td>1</td><td>a-fix</td><td>b-fix</td></tr>");
    }
}
