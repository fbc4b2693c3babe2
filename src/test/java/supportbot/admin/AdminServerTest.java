package supportbot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Event;
import supportbot.metrics.BotMetrics;
import supportbot.pipeline.Bot;
import supportbot.store.SqliteSessionStore;
import supportbot.testing.SetClock;
import supportbot.testing.TestBot;

/**
 * The admin port over real HTTP: health, readiness that follows the store, metrics that move, the token, and
 * what keeps guessers, slow clients and other sites out.
 */
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
    private final SetClock clock = new SetClock(Instant.now());
    private final Logger adminLog = (Logger) LoggerFactory.getLogger("supportbot.admin");
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void start() throws Exception {
        logs.start();
        adminLog.addAppender(logs);
        adminLog.setAdditive(false);   // kept for the tests that look at it, not printed
        store = SqliteSessionStore.open(dir, SqliteSessionStore.Synchronous.FULL, Duration.ofDays(1), Instant.now());
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        server = start(TOKEN, Optional.empty());
    }

    private AdminServer start(String token, Optional<String> origin) throws Exception {
        return new AdminServer(new InetSocketAddress("127.0.0.1", 0), token, origin, registry,
                List.of(Check.throwing("store", "the sqlite store", store::ping), new Check("telegram", Optional::empty)),
                days -> report(days), store::backlog, () -> orders, clock).start();
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
        adminLog.detachAppender(logs);
        adminLog.setAdditive(true);
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
        assertThat(gone.body()).contains("the sqlite store fails").as("no path for anyone to read").doesNotContain(dir.toString());
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage).anyMatch(line -> line.contains(dir.toString()));
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
        try (AdminServer open = start("", Optional.empty())) {
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

    @Test
    void everyAnswerForbidsFramingSniffingAndForeignScriptsAndNamesNoServer() throws Exception {
        for (String path : List.of("/healthz", "/", "/nothing-here")) {
            HttpHeaders headers = get(server, path, null).headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe"));
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(headers.firstValue("Server")).as(path).isEmpty();
        }
        assertThat(raw(server, "GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n")).startsWith("HTTP/1.1 400").doesNotContain("Jetty", "12.");
    }

    @Test
    void wrongTokensFromOneAddressAreSlowedDownAndCountedNotLoggedEach() throws Exception {
        String signedIn = signIn(server, TOKEN).headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        for (int i = 0; i < WrongTokens.FREE; i++) {
            assertThat(get(server, "/api/stats", "Bearer guess-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> slowed = get(server, "/api/stats", "Bearer guess");
        assertThat(slowed.statusCode()).isEqualTo(429);
        assertThat(slowed.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(signIn(server, TOKEN).statusCode()).as("the form waits too, even for the right token").isEqualTo(429);
        assertThat(get(server, "/api/stats", "Bearer " + TOKEN).statusCode()).isEqualTo(429);
        assertThat(withCookie(signedIn).statusCode()).as("a browser signed in before goes on").isEqualTo(200);

        clock.advance(Duration.ofSeconds(1));
        assertThat(get(server, "/api/stats", "Bearer " + TOKEN).statusCode()).as("after the wait, the token works").isEqualTo(200);
        assertThat(get(server, "/api/stats", "Bearer guess").statusCode()).as("and clears the address").isEqualTo(401);
        assertThat(logs.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).as("no line per wrong token").isEmpty();
    }

    @Test
    void slowSignInBodiesHoldNoThreadAndAreCutAtTheirDeadline() throws Exception {
        List<Socket> slow = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                Socket socket = connect("127.0.1." + (1 + i));   // each its own address: forms, not guesses
                socket.getOutputStream().write(("POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 100\r\n\r\ntoken=").getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            long t0 = System.nanoTime();
            assertThat(get(server, "/healthz", null).statusCode()).isEqualTo(200);
            assertThat((System.nanoTime() - t0) / 1_000_000).as("healthz answered at once (ms)").isLessThan(1_000);
            slow.get(0).setSoTimeout(10_000);
            String answer = new String(slow.get(0).getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(answer).as("the body's deadline").isEqualTo("HTTP/1.1 413");
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() throws Exception {
        HttpResponse<String> crossSite = signIn(server, TOKEN, "Origin", "https://evil.example");
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(signIn(server, TOKEN, "Origin", "null").statusCode()).isEqualTo(403);
        assertThat(signIn(server, TOKEN, "Origin", "http://127.0.0.1:" + server.port()).statusCode()).as("from its own page").isEqualTo(303);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "no Origin, Sec-Fetch-Site or Referer (curl)   |                                           | 303",
            "no Origin, Sec-Fetch-Site same-origin         | Sec-Fetch-Site,same-origin                | 303",
            "no Origin, Sec-Fetch-Site cross-site          | Sec-Fetch-Site,cross-site                 | 403",
            "no Origin, Sec-Fetch-Site same-site           | Sec-Fetch-Site,same-site                  | 403",
            "no Origin, Referer from the dashboard         | Referer,http://127.0.0.1:PORT/?days=30    | 303",
            "no Origin, Referer from another site          | Referer,https://evil.example/page         | 403"})
    void aSignInWithoutOriginIsJudgedBySecFetchSiteOrReferer(String what, String header, int status) throws Exception {
        String[] headers = header == null ? new String[0] : header.replace("PORT", String.valueOf(server.port())).split(",", 2);
        assertThat(signIn(server, TOKEN, headers).statusCode()).isEqualTo(status);
    }

    @Test
    void behindAProxyTheSignInMustComeFromTheDashboardsPublicOrigin() throws Exception {
        try (AdminServer proxied = start(TOKEN, Optional.of("https://admin.example.com"))) {
            assertThat(signIn(proxied, TOKEN, "Origin", "https://admin.example.com").statusCode())
                    .as("the Host header names the proxy's upstream, not the page").isEqualTo(303);
            assertThat(signIn(proxied, TOKEN, "Origin", "http://127.0.0.1:" + proxied.port()).statusCode()).isEqualTo(403);
            assertThat(signIn(proxied, TOKEN, "Origin", "https://admin.example.com.evil.example").statusCode()).isEqualTo(403);
        }
    }

    @Test
    void theAdminPortHoldsAtMostItsCapOfConnections() throws Exception {
        List<Socket> idle = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < AdminServer.MAX_CONNECTIONS; i++) {
                idle.add(connect("127.0.0." + (1 + i / 16)));   // within each address's share
            }
            try (Socket more = connect("127.0.0.99")) {
                more.getOutputStream().write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                more.setSoTimeout(1_000);
                assertThatThrownBy(() -> more.getInputStream().read()).as("not taken while the cap is full")
                        .isInstanceOf(SocketTimeoutException.class);
                idle.remove(0).close();
                more.setSoTimeout(5_000);
                assertThat(new String(more.getInputStream().readNBytes(12), StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
            }
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
        }
    }

    private Socket connect(String from) throws Exception {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(from, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 2_000);
        return socket;
    }

    @Test
    void theSessionCookieExpiresOnTheServerAndCannotBeExtended() throws Exception {
        String cookie = signIn(server, TOKEN).headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertThat(withCookie(cookie).statusCode()).isEqualTo(200);
        String value = cookie.substring(cookie.indexOf('=') + 1);
        long expires = Long.parseLong(value.substring(0, value.indexOf('.')));
        String extended = SessionCookie.NAME + "=" + (expires + 86_400) + value.substring(value.indexOf('.'));
        assertThat(withCookie(extended).statusCode()).as("an expiry the server did not sign").isEqualTo(401);

        clock.advance(Duration.ofHours(12));
        assertThat(withCookie(cookie).statusCode()).as("expired, whatever the browser keeps").isEqualTo(401);
    }

    /** The sign-in form posted to {@code on}, with {@code headers} as name, value, name, value... */
    private HttpResponse<String> signIn(AdminServer on, String token, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + on.port() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> withCookie(String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/?days=7")).header("Cookie", cookie)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What the server answers to {@code request} sent as it is, for requests no HTTP client would send. */
    private static String raw(AdminServer on, String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", on.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
