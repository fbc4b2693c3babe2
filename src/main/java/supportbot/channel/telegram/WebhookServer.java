package supportbot.channel.telegram;

import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.utility.BotUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives updates that Telegram POSTs to the webhook. A request without the secret token set with
 * setWebhook is refused with 401. The answer comes once the update is handled and stored, so a failure
 * makes Telegram try again (and the store drops a repeat).
 */
final class WebhookServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebhookServer.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final int MAX_BODY = 1 << 20;

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final byte[] secret;
    private final TelegramChannel channel;

    WebhookServer(InetSocketAddress address, String path, String secret, TelegramChannel channel) throws IOException {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.channel = channel;
        // Without TCP_NODELAY each answer can wait ~40 ms on the peer's delayed ACK.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.server = HttpServer.create(address, 0);
        server.createContext(path, this::handle);
        server.setExecutor(pool);
    }

    void start() {
        server.start();
        log.info("webhook listening on port {}", port());
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, "POST only");
                return;
            }
            String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
            if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
                respond(exchange, 401, "unauthorized");
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY);
            }
            Update update;
            try {
                update = BotUtils.parseUpdate(new String(body, StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                update = null;
            }
            if (update == null || update.updateId() == null) {
                respond(exchange, 400, "not an update");
                return;
            }
            try {
                channel.dispatch(update).get(60, TimeUnit.SECONDS);
                respond(exchange, 200, "ok");
            } catch (Exception e) {
                log.error("webhook update {} failed", update.updateId(), e);
                respond(exchange, 500, "failed");
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(1);
        pool.shutdownNow();
    }
}
