package supportbot.channel.telegram;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.TypeAdapter;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.utility.BotUtils;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import supportbot.http.ConnectionGuard;
import supportbot.http.Tally;

/**
 * Receives updates that Telegram POSTs to the webhook (Jetty). Only the exact path is served; a request
 * without the secret token set with setWebhook gets 401; a body that is not strict JSON (a BOM, single
 * quotes, trailing text) or not an update gets 400. The answer comes once the update is handled and its
 * replies are stored, so a failure makes Telegram try again (and the store drops a repeat). A slow or
 * hostile client cannot stall it: headers are read without holding a thread, a connection that goes
 * quiet is closed, the first request's head must arrive within 10 s of connecting and a body within 5 s
 * of its head, one client address holds at most 64 connections (Telegram opens up to 40), and connections
 * and threads are capped.
 */
final class WebhookServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebhookServer.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final int MAX_BODY = 1 << 20;
    private static final long IDLE_TIMEOUT_MS = 5_000;
    private static final long BODY_TIMEOUT_MS = 5_000;
    private static final int MAX_CONNECTIONS = 256;
    private static final int MAX_CONNECTIONS_PER_ADDRESS = 64;
    private static final Duration HEAD_DEADLINE = Duration.ofSeconds(10);
    private static final int MAX_THREADS = 32;
    private static final TypeAdapter<JsonElement> JSON = new Gson().getAdapter(JsonElement.class);

    private final Server server;
    private final ServerConnector connector;
    private final String path;
    private final byte[] secret;
    private final TelegramChannel channel;

    WebhookServer(InetSocketAddress address, String path, String secret, TelegramChannel channel) {
        this.path = path;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.channel = channel;
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4, 60_000);
        threads.setName("webhook");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(8 * 1024);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(address.getHostString());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(IDLE_TIMEOUT_MS);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
        ConnectionGuard.install(connector, MAX_CONNECTIONS_PER_ADDRESS, HEAD_DEADLINE, new Tally(log,
                "webhook connections closed (too many from one address, or no request head in time)", Duration.ofMinutes(1),
                server.getScheduler()));
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                respond(response, callback, answer(request));
                return true;
            }
        });
    }

    void start() throws IOException {
        try {
            server.start();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("the webhook server did not start: " + e.getMessage(), e);
        }
        log.info("webhook listening on {}:{}", connector.getHost(), port());
    }

    int port() {
        return connector.getLocalPort();
    }

    /** {@code close}: the body was not read, so the connection cannot carry another request. */
    private record Answer(int status, String text, boolean close) {
        Answer(int status, String text) {
            this(status, text, false);
        }
    }

    private Answer answer(Request request) {
        if (!path.equals(Request.getPathInContext(request))) {
            return new Answer(404, "not found", true);
        }
        if (!"POST".equals(request.getMethod())) {
            return new Answer(405, "POST only", true);
        }
        String given = request.getHeaders().get(SECRET_HEADER);
        if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            return new Answer(401, "unauthorized", true);
        }
        if (request.getLength() > MAX_BODY) {
            return new Answer(413, "too large", true);
        }
        String body;
        try {
            ByteBuffer bytes = Content.Source.asByteBufferAsync(request, MAX_BODY).get(BODY_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            body = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (TimeoutException e) {
            return new Answer(408, "the body took too long", true);
        } catch (CharacterCodingException e) {
            return new Answer(400, "not UTF-8");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(503, "shutting down");
        } catch (Exception e) {
            return new Answer(400, "the body could not be read");
        }
        Update update = parse(body);
        if (update == null) {
            log.warn("webhook: a body that is not an update, refused ({} bytes)", body.length());
            return new Answer(400, "not an update");
        }
        // Jetty would fail a request that is quiet for the idle timeout while it is being handled: only the
        // connection's silence counts, not the time the bot takes.
        request.addIdleTimeoutListener(timeout -> false);
        try {
            channel.dispatch(update).get(60, TimeUnit.SECONDS);
            return new Answer(200, "ok");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(503, "shutting down");
        } catch (TimeoutException e) {
            // Not saved yet (the store fails, or the chat's earlier updates wait for it): Telegram sends it again,
            // and the copy still in hand here is applied once, whichever comes first. The store logs the cause.
            log.warn("webhook update {} not handled within 60 s; Telegram will send it again", update.updateId());
            return new Answer(503, "not saved yet");
        } catch (Exception e) {
            log.error("webhook update {} failed: {}", update.updateId(), Redaction.escaped(e.toString()));
            return new Answer(500, "failed");
        }
    }

    /** The update, or null when the body is not one strict JSON object that pengrad can read. */
    static Update parse(String body) {
        if (body.startsWith("\uFEFF")) {
            return null;   // Gson would skip a byte order mark; Telegram never sends one
        }
        try {
            JsonReader reader = new JsonReader(new StringReader(body));
            reader.setStrictness(Strictness.STRICT);
            JsonElement json = JSON.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT || !json.isJsonObject()) {
                return null;
            }
            Update update = BotUtils.parseUpdate(body);
            return update == null || update.updateId() == null ? null : update;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void respond(Response response, Callback callback, Answer answer) {
        response.setStatus(answer.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        if (answer.close()) {
            // A client that sent a body nobody read would otherwise find its next request on a closed connection.
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        Content.Sink.write(response, true, answer.text(), callback);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            log.warn("stopping the webhook server: {}", e.getMessage());
        }
    }
}
