package supportbot.channel.console;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import supportbot.dialog.Button;
import supportbot.dialog.Reply;

/** One reply as the JSON object of {@code chat --jsonl}: text, button labels, fix, intent, state. */
final class JsonLines {
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
    /** Printed after the bot's replies to one input line. */
    static final String TURN_END = "{\"turn_end\": true}";

    private JsonLines() {
    }

    static String format(Reply reply) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", reply.text());
        json.put("buttons", reply.buttons().stream().map(Button::label).toList());
        json.put("fix", reply.fix());
        json.put("intent", reply.intent());
        json.put("state", reply.state().name().toLowerCase(Locale.ROOT));
        return GSON.toJson(json);
    }
}
