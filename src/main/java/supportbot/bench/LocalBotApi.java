package supportbot.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
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
        JsonObject chat = new JsonObject();
        chat.addProperty("id", chatId);
        chat.addProperty("type", "private");
        JsonObject from = new JsonObject();
        from.addProperty("id", chatId);
        from.addProperty("is_bot", false);
        from.addProperty("first_name", "u");
        JsonObject message = new JsonObject();
        message.addProperty("message_id", messageIds.incrementAndGet());
        message.addProperty("date", 1_764_000_000);
        message.add("chat", chat);
        message.add("from", from);
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
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String body;
        switch (method) {
            case "getUpdates" -> body = ok(pending(form));
            case "sendMessage" -> {
                long chatId = Long.parseLong(form.get("chat_id"));
                LongConsumer listener = onReply.get(chatId);
                if (listener != null) {
                    listener.accept(System.nanoTime());
                }
                JsonObject chat = new JsonObject();
                chat.addProperty("id", chatId);
                chat.addProperty("type", "private");
                JsonObject message = new JsonObject();
                message.addProperty("message_id", messageIds.incrementAndGet());
                message.addProperty("date", 1_764_000_000);
                message.add("chat", chat);
                body = ok(message);
            }
            case "getMe" -> body = "{\"ok\":true,\"result\":{\"id\":1,\"is_bot\":true,\"first_name\":\"b\",\"username\":\"b\"}}";
            default -> body = "{\"ok\":true,\"result\":true}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
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

    private static String ok(com.google.gson.JsonElement result) {
        JsonObject body = new JsonObject();
        body.addProperty("ok", true);
        body.add("result", result);
        return body.toString();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
