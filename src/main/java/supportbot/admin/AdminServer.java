package supportbot.admin;

import com.google.gson.JsonObject;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin port, apart from the webhook's: {@code /healthz} (the process is up), {@code /readyz} (every
 * {@link Check} is fine: 200, else 503 naming what is wrong), {@code /metrics} (Prometheus text), and
 * {@code /api/stats?days=N} (the figures of {@code stats --json}), which needs the admin token as
 * {@code Authorization: Bearer <token>}. Without a token set, the API is refused, saying why.
 */
public final class AdminServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AdminServer.class);
    private static final int MAX_DAYS = 3660;

    private final Server server;
    private final ServerConnector connector;
    private final PrometheusMeterRegistry registry;
    private final List<Check> checks;
    private final IntFunction<String> statsJson;
    private final byte[] token;

    /** {@code statsJson}: the stats report of the last N days as JSON. */
    public AdminServer(InetSocketAddress address, String token, PrometheusMeterRegistry registry, List<Check> checks,
                       IntFunction<String> statsJson) {
        this.registry = registry;
        this.checks = List.copyOf(checks);
        this.statsJson = statsJson;
        this.token = token.getBytes(StandardCharsets.UTF_8);
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
                } catch (RuntimeException e) {
                    log.warn("admin {} failed: {}", Request.getPathInContext(request), e.toString());
                    answer = Answer.json(500, "{\"error\":\"failed\"}");
                }
                response.setStatus(answer.status());
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.type());
                response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
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

    record Answer(int status, String type, String body) {
        static Answer json(int status, String body) {
            return new Answer(status, "application/json", body);
        }

        static Answer text(int status, String body) {
            return new Answer(status, "text/plain; charset=utf-8", body);
        }
    }

    private Answer answer(Request request) {
        if (!"GET".equals(request.getMethod())) {
            return Answer.text(405, "GET only\n");
        }
        return switch (Request.getPathInContext(request)) {
            case "/healthz" -> Answer.json(200, "{\"status\":\"up\"}");
            case "/readyz" -> readiness();
            case "/metrics" -> new Answer(200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape());
            case "/api/stats" -> authorized(request).orElseGet(() -> stats(request));
            default -> Answer.text(404, "not found\n");
        };
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

    /** Empty when the request carries the token; otherwise the refusal to send. */
    private Optional<Answer> authorized(Request request) {
        if (token.length == 0) {
            return Optional.of(Answer.json(403, "{\"error\":\"set SUPPORTBOT_ADMIN_TOKEN to open the dashboard and its API\"}"));
        }
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
        return MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8)) ? Optional.empty()
                : Optional.of(Answer.json(401, "{\"error\":\"a valid admin token is needed\"}"));
    }

    private Answer stats(Request request) {
        Fields query = Request.extractQueryParameters(request);
        String days = query.getValue("days");
        int n;
        try {
            n = days == null ? 30 : Integer.parseInt(days);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > MAX_DAYS) {
            return Answer.json(400, "{\"error\":\"days must be a number from 1 to " + MAX_DAYS + "\"}");
        }
        return Answer.json(200, statsJson.apply(n));
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
