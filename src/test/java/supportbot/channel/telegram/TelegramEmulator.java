package supportbot.channel.telegram;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * telegram-test-api 4.2.1 (npm) on a free loopback port, started with src/test/telegram-emulator/launch.js,
 * plus the user's side of it: send a message, press a button, read what the bot sent.
 * Installs the npm package first when it is missing (npm ci, from the lock file).
 */
final class TelegramEmulator implements AutoCloseable {
    private static final Path DIR = Path.of("src", "test", "telegram-emulator");

    private final Process node;
    private final int port;
    private final String token;
    private final HttpClient http = HttpClient.newHttpClient();

    /** A bot message as the emulator keeps it. */
    record BotMessage(long messageId, String text, List<List<JsonObject>> keyboard) {
        List<String> labels() {
            return keyboard.stream().flatMap(List::stream).map(b -> b.get("text").getAsString()).toList();
        }

        String data(String label) {
            return keyboard.stream().flatMap(List::stream)
                    .filter(b -> b.get("text").getAsString().equals(label))
                    .findFirst().orElseThrow(() -> new AssertionError("no button " + label + " in " + labels()))
                    .get("callback_data").getAsString();
        }
    }

    TelegramEmulator(String token) throws Exception {
        this.token = token;
        installIfMissing();
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        node = new ProcessBuilder("node", "launch.js", String.valueOf(port))
                .directory(DIR.toFile())
                .redirectErrorStream(true)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("READY")) {
            node.destroyForcibly();
            throw new IllegalStateException("the Telegram emulator did not start: " + line);
        }
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "emulator-output");
        drain.setDaemon(true);
        drain.start();
    }

    private static synchronized void installIfMissing() throws Exception {
        if (Files.exists(DIR.resolve("node_modules").resolve("telegram-test-api"))) {
            return;
        }
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                .directory(DIR.toFile())
                .redirectErrorStream(true)
                .redirectOutput(new File("target/npm-ci.log"))
                .start();
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            throw new IllegalStateException("npm ci in " + DIR + " failed; see target/npm-ci.log");
        }
    }

    String apiUrl() {
        return "http://127.0.0.1:" + port + "/bot";
    }

    void userSays(long chatId, String text) throws Exception {
        JsonObject message = userMessage(chatId);
        message.addProperty("text", text);
        post("/sendMessage", message);
    }

    /**
     * Person {@code fromId} writes in chat {@code chatId} (a group when negative) in reply to a bot message,
     * the way Telegram delivers it: with the replied-to message, sent by the emulator's bot, inside.
     */
    void replyTo(long chatId, long fromId, BotMessage to, String text) throws Exception {
        JsonObject message = new JsonObject();
        message.addProperty("botToken", token);
        message.add("from", user(fromId));
        JsonObject chat = chatId < 0 ? group(chatId) : chat(chatId);
        message.add("chat", chat);
        message.addProperty("date", 1_764_000_000);
        message.addProperty("text", text);
        JsonObject replied = new JsonObject();
        replied.addProperty("message_id", to.messageId());
        replied.addProperty("date", 1_764_000_000);
        JsonObject bot = new JsonObject();
        bot.addProperty("id", 666);   // what the emulator's getMe says
        bot.addProperty("is_bot", true);
        bot.addProperty("first_name", "Test First name");
        bot.addProperty("username", "TestNameBot");
        replied.add("from", bot);
        replied.add("chat", chat);
        replied.addProperty("text", to.text());
        message.add("reply_to_message", replied);
        post("/sendMessage", message);
    }

    void userSendsPhoto(long chatId) throws Exception {
        JsonObject message = userMessage(chatId);
        JsonArray photo = new JsonArray();
        JsonObject size = new JsonObject();
        size.addProperty("file_id", "p1");
        size.addProperty("file_unique_id", "p1u");
        size.addProperty("width", 90);
        size.addProperty("height", 90);
        photo.add(size);
        message.add("photo", photo);
        post("/sendMessage", message);
    }

    void userPresses(long chatId, BotMessage on, String label) throws Exception {
        pressData(chatId, on, on.data(label));
    }

    void pressData(long chatId, BotMessage on, String data) throws Exception {
        JsonObject callback = new JsonObject();
        callback.addProperty("botToken", token);
        callback.add("from", user(chatId));
        JsonObject message = new JsonObject();
        message.addProperty("message_id", on.messageId());
        message.add("chat", chat(chatId));
        message.addProperty("date", 1_764_000_000);
        callback.add("message", message);
        callback.addProperty("data", data);
        post("/sendCallback", callback);
    }

    /** Bot messages to this chat not read yet, waiting up to the limit for at least {@code count}. */
    List<BotMessage> awaitBotMessages(long chatId, int count, Duration limit) throws Exception {
        List<BotMessage> got = new ArrayList<>();
        long deadline = System.nanoTime() + limit.toNanos();
        while (got.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " bot messages in chat " + chatId + ", got " + got);
            }
            JsonObject body = new JsonObject();
            body.addProperty("token", token);
            body.addProperty("chatId", chatId);
            for (JsonElement e : post("/getUpdates", body).getAsJsonArray("result")) {
                got.add(botMessage(e.getAsJsonObject()));
            }
            if (got.size() < count) {
                Thread.sleep(25);
            }
        }
        return got;
    }

    BotMessage awaitBotMessage(long chatId) throws Exception {
        List<BotMessage> messages = awaitBotMessages(chatId, 1, Duration.ofSeconds(10));
        return messages.get(messages.size() - 1);
    }

    /** The keyboard a bot message has now (after any edits). */
    List<List<JsonObject>> currentKeyboard(long messageId) throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("token", token);
        for (JsonElement e : post("/getUpdatesHistory", body).getAsJsonArray("result")) {
            JsonObject item = e.getAsJsonObject();
            if (item.has("messageId") && item.get("messageId").getAsLong() == messageId && !item.has("callbackQuery")
                    && item.getAsJsonObject("message").has("chat_id")) {
                return botMessage(item).keyboard();
            }
        }
        throw new AssertionError("no bot message " + messageId);
    }

    private static BotMessage botMessage(JsonObject stored) {
        JsonObject message = stored.getAsJsonObject("message");
        List<List<JsonObject>> keyboard = new ArrayList<>();
        if (message.has("reply_markup") && message.get("reply_markup").isJsonObject()
                && message.getAsJsonObject("reply_markup").has("inline_keyboard")) {
            for (JsonElement row : message.getAsJsonObject("reply_markup").getAsJsonArray("inline_keyboard")) {
                List<JsonObject> buttons = new ArrayList<>();
                row.getAsJsonArray().forEach(b -> buttons.add(b.getAsJsonObject()));
                keyboard.add(buttons);
            }
        }
        return new BotMessage(stored.get("messageId").getAsLong(), message.get("text").getAsString(), keyboard);
    }

    private JsonObject userMessage(long chatId) {
        JsonObject message = new JsonObject();
        message.addProperty("botToken", token);
        message.add("from", user(chatId));
        message.add("chat", chat(chatId));
        message.addProperty("date", 1_764_000_000);
        return message;
    }

    private static JsonObject user(long id) {
        JsonObject user = new JsonObject();
        user.addProperty("id", id);
        user.addProperty("is_bot", false);
        user.addProperty("first_name", "User" + id);
        return user;
    }

    private static JsonObject chat(long id) {
        JsonObject chat = new JsonObject();
        chat.addProperty("id", id);
        chat.addProperty("type", "private");
        chat.addProperty("first_name", "User" + id);
        return chat;
    }

    private static JsonObject group(long id) {
        JsonObject chat = new JsonObject();
        chat.addProperty("id", id);
        chat.addProperty("type", "supergroup");
        chat.addProperty("title", "Support team");
        return chat;
    }

    private JsonObject post(String path, JsonObject body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    @Override
    public void close() throws Exception {
        node.destroy();
        if (!node.waitFor(5, TimeUnit.SECONDS)) {
            node.destroyForcibly();
        }
    }
}
