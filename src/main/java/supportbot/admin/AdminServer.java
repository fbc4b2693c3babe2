package supportbot.admin;

import com.google.gson.JsonObject;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import supportbot.analytics.OrderComparison;
import supportbot.analytics.StatsReport;
import supportbot.http.ConnectionGuard;
import supportbot.http.Tally;
import supportbot.store.Outbox;

/**
 * The admin port, apart from the webhook's: {@code /healthz} (the process is up), {@code /readyz} (every
 * {@link Check} is fine: 200, else 503 naming what is wrong), {@code /metrics} (Prometheus text), the
 * dashboard ({@code /?days=N}) and its figures as JSON ({@code /api/stats?days=N}, what {@code stats --json}
 * prints). The dashboard and the API need the admin token ({@link AdminAccess}). Health and metrics stay open
 * (bind the port to this machine, the default). Every answer forbids framing, sniffing, referrers and any
 * script or style but the dashboard's own; the server's version is never shown; slow or greedy clients are
 * held off by a {@link ConnectionGuard} and a cap on connections.
 */
public final class AdminServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AdminServer.class);
    private static final int MAX_DAYS = 3660;
    private static final String HTML = "text/html; charset=utf-8";
    /** The dashboard's own script, styles and charts, nothing from elsewhere, no inline code; never in a frame. */
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    static final int MAX_CONNECTIONS = 64;
    private static final int MAX_CONNECTIONS_PER_ADDRESS = 16;
    private static final Duration HEAD_DEADLINE = Duration.ofSeconds(10);
    /** Chart.js as its WebJar puts it on the classpath. */
    private static final String CHART_JS = "/META-INF/resources/webjars/chart.js/4.5.1/dist/chart.umd.min.js";

    private final Server server;
    private final ServerConnector connector;
    private final PrometheusMeterRegistry registry;
    private final List<Check> checks;
    private final IntFunction<StatsReport> stats;
    private final Supplier<Outbox.Backlog> backlog;
    private final Supplier<List<OrderComparison>> orders;
    private final AdminAccess access;

    /**
     * {@code stats}: the report of the last N days; {@code backlog}: what waits in the outbox; {@code orders}:
     * each symptom's written and learned fix order (empty when the learned order is off).
     */
    public AdminServer(InetSocketAddress address, String token, Optional<String> origin, PrometheusMeterRegistry registry,
                       List<Check> checks, IntFunction<StatsReport> stats, Supplier<Outbox.Backlog> backlog,
                       Supplier<List<OrderComparison>> orders) {
        this(address, token, origin, registry, checks, stats, backlog, orders, Clock.systemUTC());
    }

    /** {@code origin}: the dashboard's public origin behind a proxy ({@link AdminSettings}); {@code clock}: when sign-in sessions expire. */
    AdminServer(InetSocketAddress address, String token, Optional<String> origin, PrometheusMeterRegistry registry, List<Check> checks,
                IntFunction<StatsReport> stats, Supplier<Outbox.Backlog> backlog, Supplier<List<OrderComparison>> orders, Clock clock) {
        this.registry = registry;
        this.checks = List.copyOf(checks);
        this.stats = stats;
        this.backlog = backlog;
        this.orders = orders;
        QueuedThreadPool threads = new QueuedThreadPool(8, 2, 60_000);
        threads.setName("admin");
        server = new Server(threads);
        this.access = new AdminAccess(token, origin, clock, new Tally(log, "wrong admin tokens (sign-in or bearer)", Duration.ofMinutes(1),
                server.getScheduler()));
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(address.getHostString());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(10_000);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
        ConnectionGuard.install(connector, MAX_CONNECTIONS_PER_ADDRESS, HEAD_DEADLINE, new Tally(log,
                "admin connections closed (too many from one address, or no request head in time)", Duration.ofMinutes(1),
                server.getScheduler()));
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                if ("POST".equals(request.getMethod()) && Request.getPathInContext(request).equals("/login")) {
                    access.signIn(request).thenAccept(answer -> send(answer, response, callback));
                    return true;
                }
                Answer answer;
                try {
                    answer = answer(request);
                } catch (IOException | RuntimeException e) {
                    log.warn("admin {} failed: {}", Request.getPathInContext(request), e.toString());
                    answer = Answer.json(500, "{\"error\":\"failed\"}");
                }
                send(answer, response, callback);
                return true;
            }
        });
    }

    private static void send(Answer answer, Response response, Callback callback) {
        response.setStatus(answer.status());
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, answer.type());
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put("Content-Security-Policy", CSP);
        headers.put("X-Frame-Options", "DENY");
        headers.put("X-Content-Type-Options", "nosniff");
        // Not no-referrer: under it a browser sends "Origin: null" with the dashboard's own sign-in form.
        headers.put("Referrer-Policy", "same-origin");
        for (String header : answer.headers()) {
            int colon = header.indexOf(':');
            headers.add(header.substring(0, colon), header.substring(colon + 1).strip());
        }
        Content.Sink.write(response, true, answer.body(), callback);
    }

    public AdminServer start() throws IOException {
        try {
            server.start();
        } catch (Exception e) {
            throw new IOException("the admin server did not start on " + connector.getHost() + ":" + connector.getPort()
                    + ": " + e.getMessage(), e);
        }
        log.info("admin server on http://{}:{}/ (healthz, readyz, metrics, api/stats)", connector.getHost(), port());
        return this;
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** What to answer; {@code headers} as "Name: value". */
    record Answer(int status, String type, String body, List<String> headers) {
        Answer(int status, String type, String body) {
            this(status, type, body, List.of());
        }

        static Answer json(int status, String body) {
            return new Answer(status, "application/json", body);
        }

        static Answer text(int status, String body) {
            return new Answer(status, "text/plain; charset=utf-8", body);
        }
    }

    private Answer answer(Request request) throws IOException {
        String path = Request.getPathInContext(request);
        if (!"GET".equals(request.getMethod())) {
            return Answer.text(405, "GET only\n");
        }
        return switch (path) {
            case "/healthz" -> Answer.json(200, "{\"status\":\"up\"}");
            case "/readyz" -> readiness();
            case "/metrics" -> new Answer(200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape());
            case "/api/stats" -> access.refusal(request).orElseGet(() -> days(request, 30)
                    .map(n -> Answer.json(200, stats.apply(n).toJson(backlog.get())))
                    .orElseGet(AdminServer::badDays));
            case "/" -> dashboard(request);
            case "/assets/chart.umd.min.js" -> asset(CHART_JS, "text/javascript");
            case "/assets/dashboard.js" -> asset("/admin/dashboard.js", "text/javascript");
            case "/assets/dashboard.css" -> asset("/admin/dashboard.css", "text/css");
            default -> Answer.text(404, "not found\n");
        };
    }

    private Answer dashboard(Request request) {
        if (!access.tokenSet()) {
            return new Answer(403, HTML, DashboardPage.login("No admin token is set: start the bot with SUPPORTBOT_ADMIN_TOKEN "
                    + "to open the dashboard."));
        }
        Optional<Answer> refusal = access.refusal(request);
        if (refusal.isPresent()) {
            return refusal.get().status() == 429 ? refusal.get() : new Answer(401, HTML, DashboardPage.login(null));
        }
        return days(request, 30).map(n -> new Answer(200, HTML, DashboardPage.render(stats.apply(n), n, orders.get())))
                .orElseGet(AdminServer::badDays);
    }

    private static Optional<Integer> days(Request request, int otherwise) {
        try {
            String days = Request.extractQueryParameters(request).getValue("days");
            int n = days == null ? otherwise : Integer.parseInt(days);
            return n >= 1 && n <= MAX_DAYS ? Optional.of(n) : Optional.empty();
        } catch (IllegalArgumentException e) {   // not a number, or a malformed query
            return Optional.empty();
        }
    }

    private static Answer badDays() {
        return Answer.json(400, "{\"error\":\"days must be a number from 1 to " + MAX_DAYS + "\"}");
    }

    private static Answer asset(String resource, String type) throws IOException {
        try (InputStream in = AdminServer.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Answer.text(404, "not found\n");
            }
            return new Answer(200, type + "; charset=utf-8", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private Answer readiness() {
        JsonObject body = new JsonObject();
        JsonObject each = new JsonObject();
        boolean ready = true;
        for (Check check : checks) {
            Optional<String> problem = check.problem().get();
            ready &= problem.isEmpty();
            each.addProperty(check.name(), problem.orElse("ok"));
        }
        body.addProperty("status", ready ? "ready" : "not ready");
        body.add("checks", each);
        return Answer.json(ready ? 200 : 503, body.toString());
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            log.warn("stopping the admin server: {}", e.getMessage());
        }
    }
}
