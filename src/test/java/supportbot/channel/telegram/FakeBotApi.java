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
    /**
     * What the next sendMessage gets instead of success. DROP_CONNECTION closes it before the message is
     * taken; RESET_AFTER_ACCEPT takes the message and closes the connection before answering (the bot cannot
     * know it went out); HANG answers after {@link #hangFor}.
     */
    enum Fault { TOO_MANY_REQUESTS, SERVER_ERROR, DROP_CONNECTION, RESET_AFTER_ACCEPT, HANG }

    /**
     * A message Telegram took; {@code answered} false when the connection was reset before the bot heard so,
     * {@code slow} when the answer was held back (a HANG fault).
     */
    record Sent(long chatId, String text, String replyMarkup, int messageId, boolean answered, boolean slow, long atNanos) {
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
    private volatile long hangMillis = 20_000;
    /** Like Telegram: an update is forgotten once getUpdates asked for an offset above it, whoever asks next. */
    private volatile long confirmed;
    private volatile boolean sendsDown;
    private volatile java.util.Random faults;
    private volatile double sendFaultRate;
    private volatile double pollFaultRate;
    private final java.util.Set<String> answeredCallbacks = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Every getUpdates, by who asked: the first segment of the path when bots are told apart by their API URL. */
    private final List<Poll> polls = Collections.synchronizedList(new ArrayList<>());

    /** A getUpdates call: the caller's path prefix ("i2" for http://host/i2/bot...) and when (nanoTime). */
    record Poll(String by, long atNanos) {
    }

    FakeBotApi() throws IOException {
        // Without TCP_NODELAY every answer waits ~40 ms for the client's delayed ACK: a loopback Telegram that slow
        // would only widen the window between taking a message and the bot hearing so.
        System.setProperty("sun.net.httpserver.nodelay", "true");
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

    void recoverChat(long chatId) {
        failing.remove(chatId);
    }

    /** Every sendMessage fails with 502 until {@code down} is false again. */
    void sendsDown(boolean down) {
        sendsDown = down;
    }

    /** From now on a share of sendMessage and getUpdates calls fail, each in one of the ways Telegram does. */
    void randomFaults(long seed, double sendRate, double pollRate) {
        sendFaultRate = sendRate;
        pollFaultRate = pollRate;
        faults = new java.util.Random(seed);
    }

    void noMoreFaults() {
        faults = null;
    }

    private Fault randomSendFault() {
        java.util.Random random = faults;
        if (random == null) {
            return null;
        }
        synchronized (random) {
            if (random.nextDouble() >= sendFaultRate) {
                return null;
            }
            double kind = random.nextDouble();
            return kind < 0.35 ? Fault.SERVER_ERROR : kind < 0.55 ? Fault.TOO_MANY_REQUESTS : kind < 0.75 ? Fault.DROP_CONNECTION
                    : kind < 0.9 ? Fault.RESET_AFTER_ACCEPT : Fault.HANG;
        }
    }

    private boolean pollFails() {
        java.util.Random random = faults;
        if (random == null) {
            return false;
        }
        synchronized (random) {
            return random.nextDouble() < pollFaultRate;
        }
    }

    /** The ids of the callback queries the bot answered. */
    java.util.Set<String> answeredCallbacks() {
        return java.util.Set.copyOf(answeredCallbacks);
    }

    void hangFor(long millis) {
        hangMillis = millis;
    }

    /** An update as raw JSON, as Telegram would put it in getUpdates (it may be one that cannot be read). */
    synchronized void addRawUpdate(String json) {
        updates.add(com.google.gson.JsonParser.parseString(json).getAsJsonObject());
    }

    /** The id the next update will get. */
    synchronized int nextUpdateId() {
        return updates.size() + 1;
    }

    /** A button press on the bot's message {@code messageId} in a private chat. */
    String userPresses(long chatId, int messageId, String data) {
        JsonObject from = new JsonObject();
        from.addProperty("id", chatId);
        from.addProperty("is_bot", false);
        from.addProperty("first_name", "User" + chatId);
        JsonObject message = BotApiWire.userMessage(chatId, chatId, messageId);
        JsonObject query = new JsonObject();
        query.addProperty("id", "cb" + chatId + "-" + messageId + "-" + System.nanoTime());
        query.add("from", from);
        query.add("message", message);
        query.addProperty("chat_instance", "ci" + chatId);
        query.addProperty("data", data);
        return addUpdate("callback_query", query);
    }

    void retryAfter(int seconds) {
        retryAfterSeconds = seconds;
    }

    int faultsServed() {
        return faultsServed.get();
    }

    String userSays(long chatId, long userId, String text) {
        JsonObject message = BotApiWire.userMessage(chatId, userId, messageIds.incrementAndGet());
        message.addProperty("text", text);
        return addUpdate("message", message);
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

    /** Queues the update for getUpdates; returns it as Telegram would POST it to a webhook. */
    synchronized String addUpdate(String kind, JsonObject payload) {
        JsonObject update = new JsonObject();
        update.addProperty("update_id", updates.size() + 1);
        update.add(kind, payload);
        updates.add(update);
        return update.toString();
    }

    /** The bot's last message to the chat that has buttons: the one a user presses. */
    int lastWithButtons(long chatId) {
        List<Sent> to = sentTo(chatId);
        for (int i = to.size() - 1; i >= 0; i--) {
            if (to.get(i).replyMarkup() != null) {
                return to.get(i).messageId();
            }
        }
        return 1;
    }

    /**
     * Waits until the chat has received {@code expected} (or something else, which the caller reports with
     * the whole chat); false when {@code limit} passes first.
     */
    boolean awaitTexts(long chatId, List<String> expected, java.time.Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            ReferenceReplies.Progress progress = ReferenceReplies.follow(expected, sentTo(chatId).stream().map(Sent::text).toList());
            if (progress.stray() != null || progress.matched() >= expected.size()) {
                return true;
            }
            Thread.sleep(25);
        }
        return false;
    }

    List<Poll> polls() {
        synchronized (polls) {
            return List.copyOf(polls);
        }
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
            case "getUpdates" -> {
                String[] segments = path.split("/");
                polls.add(new Poll(segments.length > 2 ? segments[1] : "", System.nanoTime()));
                if (pollFails()) {
                    BotApiWire.respond(exchange, 502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}");
                } else {
                    BotApiWire.respond(exchange, 200, BotApiWire.ok(pending(form)));
                }
            }
            case "answerCallbackQuery" -> {
                answeredCallbacks.add(form.getOrDefault("callback_query_id", ""));
                BotApiWire.respond(exchange, 200, BotApiWire.ok(new com.google.gson.JsonPrimitive(true)));
            }
            case "getMe" -> {
                JsonObject me = new JsonObject();
                me.addProperty("id", 42);
                me.addProperty("is_bot", true);
                me.addProperty("first_name", "Support");
                me.addProperty("username", "supportbot");
                BotApiWire.respond(exchange, 200, BotApiWire.ok(me));
            }
            case "sendMessage" -> sendMessage(exchange, form);
            case "getChat" -> {
                JsonObject chat = new JsonObject();
                chat.addProperty("id", Long.parseLong(form.getOrDefault("chat_id", "0")));
                chat.addProperty("type", "supergroup");
                chat.addProperty("title", "Support");
                BotApiWire.respond(exchange, 200, BotApiWire.ok(chat));
            }
            default -> BotApiWire.respond(exchange, 200, BotApiWire.ok(new com.google.gson.JsonPrimitive(true)));
        }
    }

    private void sendMessage(HttpExchange exchange, Map<String, String> form) throws IOException {
        Fault fault = sendFaults.poll();
        if (fault == null) {
            fault = randomSendFault();
        }
        if (fault != null && fault != Fault.RESET_AFTER_ACCEPT && fault != Fault.HANG) {
            faultsServed.incrementAndGet();
            switch (fault) {
                case TOO_MANY_REQUESTS -> BotApiWire.respond(exchange, 429, "{\"ok\":false,\"error_code\":429,"
                        + "\"description\":\"Too Many Requests: retry after " + retryAfterSeconds + "\","
                        + "\"parameters\":{\"retry_after\":" + retryAfterSeconds + "}}");
                case SERVER_ERROR -> BotApiWire.respond(exchange, 502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}");
                default -> exchange.close();
            }
            return;
        }
        long chatId = Long.parseLong(form.get("chat_id"));
        if (sendsDown || failing.contains(chatId)) {
            BotApiWire.respond(exchange, 502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}");
            return;
        }
        if (refused.contains(chatId)) {
            BotApiWire.respond(exchange, 403, "{\"ok\":false,\"error_code\":403,"
                    + "\"description\":\"Forbidden: bot is not a member of the supergroup chat\"}");
            return;
        }
        int messageId = messageIds.incrementAndGet();
        sent.add(new Sent(chatId, form.get("text"), form.get("reply_markup"), messageId, fault != Fault.RESET_AFTER_ACCEPT,
                fault == Fault.HANG, System.nanoTime()));
        if (fault == Fault.RESET_AFTER_ACCEPT) {
            faultsServed.incrementAndGet();
            exchange.close();
            return;
        }
        if (fault == Fault.HANG) {
            faultsServed.incrementAndGet();
            try {
                Thread.sleep(hangMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        BotApiWire.respond(exchange, 200, BotApiWire.ok(BotApiWire.sentMessage(chatId, messageId, form.get("text"))));
    }

    private JsonArray pending(Map<String, String> form) {
        long offset = form.containsKey("offset") ? Long.parseLong(form.get("offset")) : 0;
        JsonArray result = new JsonArray();
        synchronized (updates) {
            confirmed = Math.max(confirmed, offset);
            for (JsonObject update : updates) {
                if (ignoreOffset || update.get("update_id").getAsLong() >= confirmed) {
                    result.add(update);
                }
                if (result.size() >= 100) {
                    break;
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
