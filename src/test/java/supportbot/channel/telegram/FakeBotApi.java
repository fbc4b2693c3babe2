package supportbot.channel.telegram;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import supportbot.bench.BotApiWire;

/**
 * A Bot API server for what the emulator cannot do: 429 with retry_after, 5xx, dropped connections,
 * updates delivered again. Real HTTP on loopback; the pengrad client talks to it as to Telegram.
 */
final class FakeBotApi implements AutoCloseable {
    /** What the next sendMessage gets instead of success. */
    enum Fault { TOO_MANY_REQUESTS, SERVER_ERROR, DROP_CONNECTION }

    record Sent(long chatId, String text, String replyMarkup) {
    }

    private final HttpServer server;
    private final List<JsonObject> updates = Collections.synchronizedList(new ArrayList<>());
    private final Deque<Fault> sendFaults = new ConcurrentLinkedDeque<>();
    private final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger messageIds = new AtomicInteger(1000);
    private final AtomicInteger faultsServed = new AtomicInteger();
    private final java.util.Set<Long> refused = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.Set<Long> failing = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean ignoreOffset;
    private volatile int retryAfterSeconds = 1;

    FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/bot";
    }

    /** Like Telegram after a crash before the offset was confirmed: every poll hands out every update again. */
    void ignoreOffset() {
        ignoreOffset = true;
    }

    void failNextSends(Fault... faults) {
        sendFaults.addAll(List.of(faults));
    }

    /** Sends to this chat are refused for good, as when the bot was removed from a group. */
    void refuseChat(long chatId) {
        refused.add(chatId);
    }

    /** Sends to this chat fail with 502 every time, as in an outage on Telegram's side. */
    void failChat(long chatId) {
        failing.add(chatId);
    }

    void retryAfter(int seconds) {
        retryAfterSeconds = seconds;
    }

    int faultsServed() {
        return faultsServed.get();
    }

    void userSays(long chatId, long userId, String text) {
        JsonObject message = BotApiWire.userMessage(chatId, userId, messageIds.incrementAndGet());
        message.addProperty("text", text);
        addUpdate("message", message);
    }

    void userSendsSticker(long chatId, long userId) {
        JsonObject message = BotApiWire.userMessage(chatId, userId, messageIds.incrementAndGet());
        JsonObject sticker = new JsonObject();
        sticker.addProperty("file_id", "s1");
        sticker.addProperty("file_unique_id", "s1u");
        sticker.addProperty("type", "regular");
        sticker.addProperty("width", 512);
        sticker.addProperty("height", 512);
        message.add("sticker", sticker);
        addUpdate("message", message);
    }

    /** The update JSON as Telegram would POST it to a webhook. */
    static String textUpdate(long updateId, long chatId, String text) {
        JsonObject message = BotApiWire.userMessage(chatId, chatId, (int) updateId);
        message.addProperty("text", text);
        JsonObject update = new JsonObject();
        update.addProperty("update_id", updateId);
        update.add("message", message);
        return update.toString();
    }

    private synchronized void addUpdate(String kind, JsonObject payload) {
        JsonObject update = new JsonObject();
        update.addProperty("update_id", updates.size() + 1);
        update.add(kind, payload);
        updates.add(update);
    }

    List<Sent> sent() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    List<Sent> sentTo(long chatId) {
        return sent().stream().filter(s -> s.chatId() == chatId).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = path.substring(path.lastIndexOf('/') + 1);
        Map<String, String> form = BotApiWire.parameters(exchange);
        switch (method) {
            case "getUpdates" -> BotApiWire.respond(exchange, 200, BotApiWire.ok(pending(form)));
            case "getMe" -> {
                JsonObject me = new JsonObject();
                me.addProperty("id", 42);
                me.addProperty("is_bot", true);
                me.addProperty("first_name", "Support");
                me.addProperty("username", "supportbot");
                BotApiWire.respond(exchange, 200, BotApiWire.ok(me));
            }
            case "sendMessage" -> sendMessage(exchange, form);
            default -> BotApiWire.respond(exchange, 200, BotApiWire.ok(new com.google.gson.JsonPrimitive(true)));
        }
    }

    private void sendMessage(HttpExchange exchange, Map<String, String> form) throws IOException {
        Fault fault = sendFaults.poll();
        if (fault != null) {
            faultsServed.incrementAndGet();
            switch (fault) {
                case TOO_MANY_REQUESTS -> BotApiWire.respond(exchange, 429, "{\"ok\":false,\"error_code\":429,"
                        + "\"description\":\"Too Many Requests: retry after " + retryAfterSeconds + "\","
                        + "\"parameters\":{\"retry_after\":" + retryAfterSeconds + "}}");
                case SERVER_ERROR -> BotApiWire.respond(exchange, 502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}");
                case DROP_CONNECTION -> exchange.close();
            }
            return;
        }
        long chatId = Long.parseLong(form.get("chat_id"));
        if (failing.contains(chatId)) {
            BotApiWire.respond(exchange, 502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}");
            return;
        }
        if (refused.contains(chatId)) {
            BotApiWire.respond(exchange, 403, "{\"ok\":false,\"error_code\":403,"
                    + "\"description\":\"Forbidden: bot is not a member of the supergroup chat\"}");
            return;
        }
        sent.add(new Sent(chatId, form.get("text"), form.get("reply_markup")));
        BotApiWire.respond(exchange, 200, BotApiWire.ok(BotApiWire.sentMessage(chatId, messageIds.incrementAndGet(), form.get("text"))));
    }

    private JsonArray pending(Map<String, String> form) {
        int offset = form.containsKey("offset") ? Integer.parseInt(form.get("offset")) : 0;
        JsonArray result = new JsonArray();
        synchronized (updates) {
            for (JsonObject update : updates) {
                if (ignoreOffset || update.get("update_id").getAsInt() >= offset) {
                    result.add(update);
                }
            }
        }
        return result;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
