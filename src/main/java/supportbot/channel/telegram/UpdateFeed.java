package supportbot.channel.telegram;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.utility.BotUtils;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * getUpdates, read update by update. pengrad parses the whole answer at once, so one update it cannot
 * read (a field of the wrong type, a number too big) would fail every poll and stop the bot for good;
 * here such an update is logged with its id and skipped, and the offset moves past it. An update whose id
 * is the largest there is cannot be moved past (no offset is above it): it is skipped, logged once.
 */
final class UpdateFeed {
    private static final Logger log = LoggerFactory.getLogger(UpdateFeed.class);

    /** The readable updates of one answer, and the offset that confirms all of it, the unreadable ones too. */
    record Batch(List<Update> updates, long nextOffset) {
    }

    /** getUpdates failed; {@code code} is Telegram's error code (409: another poller or a webhook), 0 for the network. */
    static final class FeedException extends Exception {
        private final int code;
        private final int retryAfter;

        FeedException(String message, int code, int retryAfter) {
            super(message);
            this.code = code;
            this.retryAfter = retryAfter;
        }

        int code() {
            return code;
        }

        int retryAfter() {
            return retryAfter;
        }
    }

    private final OkHttpClient http;
    private final String url;
    private final Redaction redaction;
    private final String allowedUpdates;
    /** Polling is one thread: the update with the largest id is logged the first time only. */
    private boolean lastIdLogged;

    UpdateFeed(OkHttpClient http, String apiUrl, String token, Redaction redaction, String[] allowedUpdates) {
        this.http = http;
        this.url = apiUrl + token + "/getUpdates";
        this.redaction = redaction;
        JsonArray allowed = new JsonArray();
        for (String kind : allowedUpdates) {
            allowed.add(kind);
        }
        this.allowedUpdates = allowed.toString();
    }

    /** {@code newFrom}: updates below it were seen before (they are asked for again while in hand): not logged again. */
    Batch fetch(long offset, int timeoutSeconds, long newFrom) throws FeedException {
        Request request = new Request.Builder().url(url).post(new FormBody.Builder()
                .add("offset", Long.toString(offset))
                .add("limit", "100")
                .add("timeout", Integer.toString(timeoutSeconds))
                .add("allowed_updates", allowedUpdates)
                .build()).build();
        String body;
        try (Response response = http.newCall(request).execute(); ResponseBody content = response.body()) {
            body = content == null ? "" : content.string();
        } catch (IOException | RuntimeException e) {
            throw new FeedException("getUpdates failed: " + redaction.describe(e), 0, 0);
        }
        JsonObject answer;
        try {
            answer = JsonParser.parseString(body).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new FeedException("getUpdates answered something that is not JSON", 0, 0);
        }
        if (!answer.has("ok") || !answer.get("ok").getAsBoolean() || !answer.has("result") || !answer.get("result").isJsonArray()) {
            int code = answer.has("error_code") ? answer.get("error_code").getAsInt() : 0;
            JsonObject parameters = answer.has("parameters") && answer.get("parameters").isJsonObject()
                    ? answer.getAsJsonObject("parameters") : new JsonObject();
            int retryAfter = parameters.has("retry_after") ? parameters.get("retry_after").getAsInt() : 0;
            String description = answer.has("description") ? answer.get("description").getAsString() : "no description";
            throw new FeedException("getUpdates refused: error " + code + " " + redaction.clean(description), code, retryAfter);
        }
        return read(answer.getAsJsonArray("result"), offset, newFrom);
    }

    private Batch read(JsonArray result, long offset, long newFrom) {
        List<Update> updates = new ArrayList<>();
        long next = offset;
        for (JsonElement element : result) {
            long id = updateId(element);
            if (id == Long.MAX_VALUE) {
                if (!lastIdLogged) {
                    log.warn("update {} has the largest id there is: it cannot be confirmed, so it is skipped", id);
                    lastIdLogged = true;
                }
                continue;
            }
            if (id >= 0) {
                next = Math.max(next, id + 1);
            }
            try {
                // From the text, not the tree: read from a tree, Gson cuts a number too big for its field without a word.
                Update update = BotUtils.parseUpdate(element.toString());
                if (update == null || update.updateId() == null || update.updateId() != id) {
                    throw new IllegalArgumentException("no update_id that fits");
                }
                updates.add(update);
            } catch (RuntimeException e) {
                if (id >= 0 && id < newFrom) {
                    continue;
                }
                log.warn("update {} cannot be read, skipped: {}", id < 0 ? "without an id" : id, Redaction.escaped(e.toString()));
            }
        }
        return new Batch(updates, next);
    }

    /** The update's id straight from the JSON, so even one that cannot be read is confirmed; -1 if none. */
    private static long updateId(JsonElement element) {
        try {
            return element.getAsJsonObject().get("update_id").getAsLong();
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
