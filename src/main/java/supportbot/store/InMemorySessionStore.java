package supportbot.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import supportbot.dialog.ConversationKey;

/**
 * Sessions in memory, for tests and a throw-away console chat. It keeps them as JSON, as the database
 * does, so the contract tests catch a session that does not survive the round trip.
 */
public class InMemorySessionStore implements SessionStore {
    private record Row(String json, long lastUpdateId, String replies, long lastSupportUpdateId) {
    }

    private final ConcurrentHashMap<ConversationKey, Row> rows = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<ConversationKey, List<LogEntry>> logs = new ConcurrentHashMap<>();

    @Override
    public Optional<Stored> load(ConversationKey key) {
        Row row = rows.get(key);
        return row == null ? Optional.empty() : Optional.of(new Stored(SessionJson.read(row.json()), row.lastUpdateId(),
                SessionJson.readReplies(row.replies()), row.lastSupportUpdateId()));
    }

    @Override
    public synchronized void save(Stored stored, LogEntry entry) {
        ConversationKey key = stored.session().key();
        rows.put(key, new Row(SessionJson.write(stored.session()), stored.lastUpdateId(),
                SessionJson.writeReplies(stored.lastReplies()), stored.lastSupportUpdateId()));
        logs.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
    }

    @Override
    public synchronized List<LogEntry> log(ConversationKey key) {
        return List.copyOf(logs.getOrDefault(key, List.of()));
    }

    @Override
    public synchronized void eachEvent(Instant since, Consumer<LogEntry> action) {
        logs.values().forEach(log -> log.stream().filter(e -> !e.at().isBefore(since)).forEach(action));
    }
}
