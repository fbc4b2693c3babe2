package supportbot.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Reply;

/**
 * Sessions in memory, for tests and a throw-away console chat. It keeps them as JSON, as the database
 * does, so the contract tests catch a session that does not survive the round trip.
 */
public class InMemorySessionStore implements SessionStore {
    private record Row(String json, long lastUpdateId, long lastSupportUpdateId) {
    }

    /** An outbox row; {@code reply} as JSON, like the database; {@code droppedWhy} null while it may go out. */
    private record OutboxRow(long id, ConversationKey key, Reply.Audience audience, String reply, String header,
                             long copyMessageId, Instant createdAt, Instant nextAttempt, int attempts, int partsSent,
                             String droppedWhy) {
        OutboxRow with(Instant next, int attempts, int parts, String droppedWhy) {
            return new OutboxRow(id, key, audience, reply, header, copyMessageId, createdAt, next, attempts, parts, droppedWhy);
        }

        boolean dropped() {
            return droppedWhy != null;
        }
    }

    private final ConcurrentHashMap<ConversationKey, Row> rows = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<ConversationKey, List<LogEntry>> logs = new ConcurrentHashMap<>();
    private final TreeMap<Long, OutboxRow> outbox = new TreeMap<>();
    private long nextId = 1;

    @Override
    public Optional<Stored> load(ConversationKey key) {
        Row row = rows.get(key);
        return row == null ? Optional.empty()
                : Optional.of(new Stored(SessionJson.read(row.json()), row.lastUpdateId(), row.lastSupportUpdateId()));
    }

    @Override
    public synchronized void save(Stored stored, LogEntry entry, List<Outgoing> outgoing) {
        ConversationKey key = stored.session().key();
        rows.put(key, new Row(SessionJson.write(stored.session()), stored.lastUpdateId(), stored.lastSupportUpdateId()));
        logs.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
        enqueue(key, outgoing, entry.at());
    }

    @Override
    public long countInState(supportbot.dialog.State state) {
        return rows.values().stream().filter(r -> SessionJson.read(r.json()).state() == state).count();
    }

    @Override
    public synchronized List<LogEntry> log(ConversationKey key) {
        return List.copyOf(logs.getOrDefault(key, List.of()));
    }

    @Override
    public synchronized void eachEvent(Instant since, Consumer<LogEntry> action) {
        logs.values().forEach(log -> log.stream().filter(e -> !e.at().isBefore(since)).forEach(action));
    }

    @Override
    public synchronized void enqueue(ConversationKey key, List<Outgoing> outgoing, Instant at) {
        for (Outgoing o : outgoing) {
            long id = nextId++;
            outbox.put(id, new OutboxRow(id, key, o.reply().audience(), SessionJson.writeReply(o.reply()),
                    o.supportHeader(), o.copyMessageId(), at, at, 0, 0, null));
        }
    }

    @Override
    public synchronized List<Queued> due(Instant now, int limit) {
        Set<String> queues = new HashSet<>();
        List<OutboxRow> heads = new ArrayList<>();
        for (OutboxRow row : outbox.values()) {
            if (!row.dropped() && queues.add(row.key() + "/" + row.audience()) && !row.nextAttempt().isAfter(now)) {
                heads.add(row);
            }
        }
        return heads.stream().sorted(Comparator.comparing(OutboxRow::nextAttempt).thenComparing(OutboxRow::id)).limit(limit)
                .map(r -> new Queued(r.id(), r.key(), new Outgoing(SessionJson.readReply(r.reply()), r.header(),
                        r.copyMessageId()), r.createdAt(), r.attempts(), r.partsSent()))
                .toList();
    }

    @Override
    public synchronized void partsSent(long id, int parts) {
        outbox.computeIfPresent(id, (k, r) -> r.with(r.nextAttempt(), r.attempts(), parts, null));
    }

    @Override
    public synchronized void sent(long id, Instant at) {
        outbox.remove(id);   // nothing to look back on in memory
    }

    @Override
    public synchronized void retryAt(long id, Instant next, String why) {
        outbox.computeIfPresent(id, (k, r) -> r.with(next, r.attempts() + 1, r.partsSent(), null));
    }

    @Override
    public synchronized void postpone(long id, Instant next) {
        outbox.computeIfPresent(id, (k, r) -> r.with(next, r.attempts(), r.partsSent(), null));
    }

    @Override
    public void purgeSent(Instant now) {
        // sent replies are not kept in memory
    }

    @Override
    public synchronized void dropped(long id, Instant at, String why) {
        outbox.computeIfPresent(id, (k, r) -> r.with(r.nextAttempt(), r.attempts(), r.partsSent(), why));
    }

    @Override
    public synchronized Backlog backlog() {
        List<OutboxRow> pending = outbox.values().stream().filter(r -> !r.dropped()).toList();
        List<OutboxRow> dropped = outbox.values().stream().filter(OutboxRow::dropped).toList();
        return new Backlog(pending.size(), pending.stream().map(OutboxRow::createdAt).min(Comparator.naturalOrder()).orElse(null),
                dropped.size(), (int) dropped.stream().filter(r -> r.droppedWhy().startsWith(Outbox.GAVE_UP)).count());
    }
}
