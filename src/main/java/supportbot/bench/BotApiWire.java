package supportbot.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The Bot API's wire format as the local stand-ins for Telegram need it (the bench's server, the tests'
 * fake): request parameters in, user messages and {@code {"ok":true,"result":…}} answers out.
 */
public final class BotApiWire {
    private BotApiWire() {
    }

    /** A request's parameters: pengrad posts them form-encoded; JSON bodies are read too. */
    public static Map<String, String> parameters(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = new HashMap<>();
        if (body.isBlank()) {
            return form;
        }
        if (body.startsWith("{")) {
            JsonObject json = JsonParser.parseString(body).getAsJsonObject();
            json.keySet().forEach(k -> form.put(k, json.get(k).isJsonPrimitive() ? json.get(k).getAsString() : json.get(k).toString()));
            return form;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    /** A private-chat message from user {@code userId}, without its content. */
    public static JsonObject userMessage(long chatId, long userId, int messageId) {
        JsonObject chat = new JsonObject();
        chat.addProperty("id", chatId);
        chat.addProperty("type", "private");
        JsonObject from = new JsonObject();
        from.addProperty("id", userId);
        from.addProperty("is_bot", false);
        from.addProperty("first_name", "User" + userId);
        JsonObject message = new JsonObject();
        message.addProperty("message_id", messageId);
        message.addProperty("date", 1_764_000_000);
        message.add("chat", chat);
        message.add("from", from);
        return message;
    }

    /** What sendMessage answers: the message as sent to the chat. */
    public static JsonObject sentMessage(long chatId, int messageId, String text) {
        JsonObject message = userMessage(chatId, 0, messageId);
        message.remove("from");
        message.addProperty("text", text);
        return message;
    }

    public static String ok(JsonElement result) {
        JsonObject body = new JsonObject();
        body.addProperty("ok", true);
        body.add("result", result);
        return body.toString();
    }

    public static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
