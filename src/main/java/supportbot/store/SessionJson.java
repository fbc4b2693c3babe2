package supportbot.store;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import supportbot.dialog.Reply;
import supportbot.dialog.Session;

/** Sessions to and from JSON, the same way for every store. */
final class SessionJson {
    private static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(Instant.class, new InstantAdapter().nullSafe())
            .serializeNulls()
            .create();

    private SessionJson() {
    }

    static String write(Session session) {
        return GSON.toJson(session);
    }

    static String writeReply(Reply reply) {
        return GSON.toJson(reply);
    }

    static Reply readReply(String json) {
        Reply reply = GSON.fromJson(json, Reply.class);
        if (reply == null) {
            throw new JsonParseException("empty");
        }
        return reply;
    }

    static Session read(String json) {
        try {
            Session session = GSON.fromJson(json, Session.class);
            if (session == null) {
                throw new JsonParseException("empty");
            }
            return session;
        } catch (RuntimeException e) {
            throw new UnreadableSessionException("a stored session cannot be read: " + e.getMessage(), e);
        }
    }

    private static final class InstantAdapter extends TypeAdapter<Instant> {
        @Override
        public void write(JsonWriter out, Instant value) throws IOException {
            out.value(IsoInstant.write(value));
        }

        @Override
        public Instant read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            return IsoInstant.read(in.nextString());
        }
    }
}
