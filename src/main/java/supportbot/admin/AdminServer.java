package supportbot.admin;

import com.google.gson.JsonObject;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.net.URLDecoder;
import java.util.HexFormat;
import java.util.function.Supplier;
import supportbot.analytics.OrderComparison;
import supportbot.analytics.StatsReport;
import supportbot.store.Outbox;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin port, apart from the webhook's: {@code /healthz} (the process is up), {@code /readyz} (every
 * {@link Check} is fine: 200, else 503 naming what is wrong), {@code /metrics} (Prometheus text), the
 * dashboard ({@code /?days=N}) and its figures as JSON ({@code /api/stats?days=N}, what {@code stats --json}
 * prints). The dashboard and the API need the admin token: {@code Authorization: Bearer <token>}, or for a
 * browser the sign-in form, which sets a cookie derived from the token. Without a token set they are refused,
 * saying why. Health and metrics stay open (bind the port to this machine, the default).
 */
public final class AdminServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AdminServer.class);
    private static final int MAX_DAYS = 3660;
    private static final String HTML = "text/html; charset=utf-8";
    private static final String COOKIE = "supportbot_admin";
    private static final int MAX_FORM = 4096;
    /** Chart.js as its WebJar puts it on the classpath. */
    private static final String CHART_JS = "/META-INF/resources/webjars/chart.js/4.5.1/dist/chart.umd.min.js";

    private final Server server;
    private final ServerConnector connector;
    private final PrometheusMeterRegistry registry;
    private final List<Check> checks;
    private final IntFunction<StatsReport> stats;
    private final Supplier<Outbox.Backlog> backlog;
    private final Supplier<List<OrderComparison>> orders;
    private final byte[] token;
    private final String session;

    /**
     * {@code stats}: the report of the last N days; {@code backlog}: what waits in the outbox; {@code orders}:
     * each symptom's written and learned fix order (empty when the learned order is off).
     */
    public AdminServer(InetSocketAddress address, String token, PrometheusMeterRegistry registry, List<Check> checks,
                       IntFunction<StatsReport> stats, Supplier<Outbox.Backlog> backlog, Supplier<List<OrderComparison>> orders) {
        this.registry = registry;
        this.checks = List.copyOf(checks);
        this.stats = stats;
        this.backlog = backlog;
        this.orders = orders;
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.session = token.isEmpty() ? "" : sessionOf(token);
        QueuedThreadPool threads = new QueuedThreadPool(8, 2, 60_000);
        threads.setName("admin");
        server = new Server(threads);
        connector = new ServerConnector(server, 1, 1);
        connector.setHost(address.getHostString());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(10_000);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                Answer answer;
                try {
                    answer = answer(request);
                } catch (IOException | RuntimeException e) {
                    log.warn("admin {} failed: {}", Request.getPathInContext(request), e.toString());
                    answer = Answer.json(500, "{\"error\":\"failed\"}");
                }
                response.setStatus(answer.status());
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.type());
                response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
                for (String header : answer.headers()) {
                    int colon = header.indexOf(':');
                    response.getHeaders().add(header.substring(0, colon), header.substring(colon + 1).strip());
                }
                Content.Sink.write(response, true, answer.body(), callback);
                return true;
            }
        });
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
        if ("POST".equals(request.getMethod()) && path.equals("/login")) {
            return login(request);
        }
        if (!"GET".equals(request.getMethod())) {
            return Answer.text(405, "GET only\n");
        }
        return switch (path) {
            case "/healthz" -> Answer.json(200, "{\"status\":\"up\"}");
            case "/readyz" -> readiness();
            case "/metrics" -> new Answer(200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape());
            case "/api/stats" -> authorized(request).orElseGet(() -> days(request, 30)
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
        if (token.length == 0) {
            return new Answer(403, HTML, DashboardPage.login("No admin token is set: start the bot with SUPPORTBOT_ADMIN_TOKEN "
                    + "to open the dashboard."));
        }
        if (authorized(request).isPresent()) {
            return new Answer(401, HTML, DashboardPage.login(null));
        }
        return days(request, 30).map(n -> new Answer(200, HTML, DashboardPage.render(stats.apply(n), n, orders.get())))
                .orElseGet(AdminServer::badDays);
    }

    private Answer login(Request request) throws IOException {
        if (token.length == 0) {
            return new Answer(403, HTML, DashboardPage.login("No admin token is set: start the bot with SUPPORTBOT_ADMIN_TOKEN."));
        }
        String body;
        try {
            // Nobody signed in yet: a form of a few bytes, never a body that could fill the heap.
            ByteBuffer bytes = Content.Source.asByteBufferAsync(request, MAX_FORM).get(5, java.util.concurrent.TimeUnit.SECONDS);
            body = StandardCharsets.UTF_8.decode(bytes).toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.text(503, "shutting down\n");
        } catch (Exception e) {
            return Answer.text(413, "the form is too large or incomplete\n");
        }
        String given = "";
        try {
            for (String pair : body.split("&")) {
                if (pair.startsWith("token=")) {
                    given = URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
                }
            }
        } catch (IllegalArgumentException e) {
            return new Answer(400, HTML, DashboardPage.login("That form could not be read."));
        }
        if (!MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            log.warn("admin: a sign-in with a wrong token");
            return new Answer(401, HTML, DashboardPage.login("That is not the admin token."));
        }
        return new Answer(303, HTML, "", List.of("Location: /?days=30",
                "Set-Cookie: " + COOKIE + "=" + session + "; Path=/; Max-Age=43200; HttpOnly; SameSite=Strict"));
    }

    private boolean hasSession(Request request) {
        for (HttpCookie cookie : Request.getCookies(request)) {
            if (cookie.getName().equals(COOKIE)
                    && MessageDigest.isEqual(session.getBytes(StandardCharsets.UTF_8), cookie.getValue().getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    /** The cookie's value: the token itself never travels back to the browser. */
    private static String sessionOf(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("supportbot-dashboard:" + token).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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

    /** Empty when the request carries the token (or, for the dashboard, its cookie); otherwise the refusal to send. */
    private Optional<Answer> authorized(Request request) {
        if (token.length == 0) {
            return Optional.of(Answer.json(403, "{\"error\":\"set SUPPORTBOT_ADMIN_TOKEN to open the dashboard and its API\"}"));
        }
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
        return MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8)) || hasSession(request) ? Optional.empty()
                : Optional.of(Answer.json(401, "{\"error\":\"a valid admin token is needed\"}"));
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
