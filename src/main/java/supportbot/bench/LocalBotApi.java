package supportbot.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

/**
 * A minimal Bot API on loopback for load: getUpdates long-polls with real offset semantics, sendMessage
 * tells the waiting simulated user, everything else answers ok. Both bots of the comparison use it.
 */
final class LocalBotApi implements AutoCloseable {
    private final HttpServer server;
    private final List<JsonObject> updates = new ArrayList<>();
    private final Map<Long, LongConsumer> onReply = new ConcurrentHashMap<>();
    private final AtomicInteger messageIds = new AtomicInteger();

    LocalBotApi() throws IOException {
        // Without TCP_NODELAY, headers and body go out in two packets and the client's delayed ACK adds ~40 ms.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        server.createContext("/", this::handle);
        server.setExecutor(new ThreadPoolExecutor(16, 256, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                new ThreadPoolExecutor.CallerRunsPolicy()));
        server.start();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/bot";
    }

    /** Calls {@code listener} with the nanoTime of each reply sent to this chat. */
    void onReply(long chatId, LongConsumer listener) {
        onReply.put(chatId, listener);
    }

    void userSays(long chatId, String text) {
        JsonObject message = BotApiWire.userMessage(chatId, chatId, messageIds.incrementAndGet());
        message.addProperty("text", text);
        synchronized (updates) {
            JsonObject update = new JsonObject();
            update.addProperty("update_id", updates.size() + 1);
            update.add("message", message);
            updates.add(update);
            updates.notifyAll();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = path.substring(path.lastIndexOf('/') + 1);
        Map<String, String> form = BotApiWire.parameters(exchange);
        String body;
        switch (method) {
            case "getUpdates" -> body = BotApiWire.ok(pending(form));
            case "sendMessage" -> {
                long chatId = Long.parseLong(form.get("chat_id"));
                LongConsumer listener = onReply.get(chatId);
                if (listener != null) {
                    listener.accept(System.nanoTime());
                }
                body = BotApiWire.ok(BotApiWire.sentMessage(chatId, messageIds.incrementAndGet(), form.get("text")));
            }
            case "getMe" -> body = "{\"ok\":true,\"result\":{\"id\":1,\"is_bot\":true,\"first_name\":\"b\",\"username\":\"b\"}}";
            default -> body = "{\"ok\":true,\"result\":true}";
        }
        BotApiWire.respond(exchange, 200, body);
    }

    private JsonArray pending(Map<String, String> form) {
        int offset = Integer.parseInt(form.getOrDefault("offset", "0"));
        int limit = Integer.parseInt(form.getOrDefault("limit", "100"));
        long timeoutMillis = Long.parseLong(form.getOrDefault("timeout", "0")) * 1000;
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (updates) {
            while (updates.size() < offset && System.currentTimeMillis() < deadline) {
                try {
                    updates.wait(Math.max(1, deadline - System.currentTimeMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            JsonArray result = new JsonArray();
            for (int i = Math.max(0, offset - 1); i < updates.size() && result.size() < limit; i++) {
                result.add(updates.get(i));
            }
            return result;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
