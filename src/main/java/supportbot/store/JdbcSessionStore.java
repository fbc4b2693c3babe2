package supportbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import supportbot.dialog.ConversationKey;

/**
 * The store in SQL, as SQLite and PostgreSQL share it: writes go through a {@link GroupCommitWriter}, reads
 * through the database's own reading connections ({@link #query}).
 */
abstract class JdbcSessionStore implements SessionStore {
    private static final Logger log = LoggerFactory.getLogger(JdbcSessionStore.class);
    static final String EVENT_COLUMNS =
            "channel, chat_id, at, said, intent, confidence, fix, state, outcome, began, offered, ending, helpful";
    private static final String LOAD =
            "SELECT session, last_update_id, last_support_update_id FROM sessions WHERE channel = ? AND chat_id = ?";
    private static final String LOG = "SELECT " + EVENT_COLUMNS + " FROM events WHERE channel = ? AND chat_id = ? ORDER BY id";
    private static final String ALL_EVENTS = "SELECT " + EVENT_COLUMNS + " FROM events WHERE at >= ? ORDER BY channel, chat_id, id";
    /** The head of each queue (a conversation's replies to one audience), if its next attempt is due. */
    private static final String DUE = """
            SELECT o.id, o.channel, o.chat_id, o.reply, o.support_header, o.copy_message_id, o.created_at, o.attempts,
              o.parts_sent
            FROM outbox o
            WHERE o.sent_at IS NULL AND o.dropped_at IS NULL AND o.next_attempt_at <= ?
              AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.channel = o.channel AND p.chat_id = o.chat_id
                AND p.audience = o.audience AND p.sent_at IS NULL AND p.dropped_at IS NULL AND p.id < o.id)
            ORDER BY o.next_attempt_at, o.id LIMIT ?""";
    private static final String OLDEST_PENDING = "SELECT min(id) FROM outbox WHERE sent_at IS NULL AND dropped_at IS NULL";
    private static final String COUNT_IN_STATE = "SELECT count(*) FROM sessions WHERE state = ?";
    private static final String PENDING = "SELECT count(*), min(created_at) FROM outbox WHERE sent_at IS NULL AND dropped_at IS NULL";
    private static final String DROPPED = "SELECT count(*), count(CASE WHEN last_error LIKE '" + Outbox.GAVE_UP
            + "%' THEN 1 END) FROM outbox WHERE dropped_at IS NOT NULL";
    /** Sent replies are kept this long, to look into a complaint ("the bot never answered"), then removed. */
    static final Duration KEEP_SENT = Duration.ofDays(1);

    /** Names the store in messages: the file, or the database server without its password. */
    final String where;
    private GroupCommitWriter writer;
    /**
     * The replies of unsent rows, read once: the sender asks for the due rows after every send, and reading
     * the same JSON again each time would cost a core on a busy bot. A row's reply never changes.
     */
    private final Map<Long, Outgoing> parsed = new ConcurrentHashMap<>();

    JdbcSessionStore(String where) {
        this.where = where;
    }

    /** Set once, at the end of opening: the writer is started only on a store that opened. */
    final void writeWith(GroupCommitWriter writer) {
        this.writer = writer;
    }

    final GroupCommitWriter writer() {
        return writer;
    }

    /** For readiness: throws while saves fail (a full disk, a read-only server), until one commits again. */
    final void failingSaves() {
        writer.problem().ifPresent(problem -> {
            throw new StoreUnavailableException(problem, null);
        });
    }

    /** What one read does with its statement. */
    interface Read<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    /** Runs {@code read} on a reading connection with {@code sql} prepared. */
    abstract <T> T query(String sql, Read<T> read);

    @Override
    public Optional<Stored> load(ConversationKey key) {
        return query(LOAD, st -> {
            st.setString(1, key.channel());
            st.setString(2, key.chatId());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Stored(SessionJson.read(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
                        : Optional.empty();
            }
        });
    }

    @Override
    public void save(Stored stored, LogEntry entry, List<Outgoing> outgoing) {
        writer.write(new GroupCommitWriter.Write.Save(stored, SessionJson.write(stored.session()), entry,
                rows(outgoing, entry.at())));
    }

    @Override
    public void enqueue(ConversationKey key, List<Outgoing> outgoing, Instant at) {
        writer.write(new GroupCommitWriter.Write.Enqueue(key, rows(outgoing, at)));
    }

    private static List<GroupCommitWriter.OutboxRow> rows(List<Outgoing> outgoing, Instant at) {
        return outgoing.stream().map(o -> GroupCommitWriter.OutboxRow.of(o, at)).toList();
    }

    @Override
    public List<Queued> due(Instant now, int limit) {
        List<Queued> due = query(DUE, st -> {
            st.setLong(1, now.toEpochMilli());
            st.setInt(2, limit);
            List<Queued> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(queued(rs));
                }
            }
            return rows;
        });
        return due.stream().filter(java.util.Objects::nonNull).toList();
    }

    private Queued queued(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        ConversationKey key = new ConversationKey(rs.getString(2), rs.getString(3));
        try {
            Outgoing outgoing = parsed.get(id);
            if (outgoing == null) {
                outgoing = new Outgoing(SessionJson.readReply(rs.getString(4)), rs.getString(5), rs.getLong(6));
                parsed.put(id, outgoing);
            }
            return new Queued(id, key, outgoing, Instant.ofEpochMilli(rs.getLong(7)), rs.getInt(8), rs.getInt(9));
        } catch (RuntimeException e) {
            // A row this version cannot read must not block its queue forever, nor the sender.
            log.warn("outbox reply {} of {} cannot be read ({}); dropped", id, key, e.getMessage());
            dropped(id, Instant.now(), "unreadable: " + e.getMessage());
            return null;
        }
    }

    @Override
    public void partsSent(long id, int parts) {
        writer.write(new GroupCommitWriter.Write.PartsSent(id, parts));
    }

    @Override
    public void sent(long id, Instant at) {
        writer.write(new GroupCommitWriter.Write.Sent(id, at.toEpochMilli()));
        parsed.remove(id);
    }

    @Override
    public void retryAt(long id, Instant next, String why) {
        writer.write(new GroupCommitWriter.Write.Retry(id, next.toEpochMilli(), why));
    }

    @Override
    public void postpone(long id, Instant next) {
        writer.write(new GroupCommitWriter.Write.Postpone(id, next.toEpochMilli()));
    }

    @Override
    public void purgeSent(Instant now) {
        writer.write(new GroupCommitWriter.Write.PurgeSent(now.minus(KEEP_SENT).toEpochMilli()));
        // A row read while it was being marked may have come back into the cache: forget what is no longer pending.
        long oldest = query(OLDEST_PENDING, st -> {
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && rs.getObject(1) != null ? rs.getLong(1) : Long.MAX_VALUE;
            }
        });
        parsed.keySet().removeIf(id -> id < oldest);
    }

    @Override
    public void dropped(long id, Instant at, String why) {
        writer.write(new GroupCommitWriter.Write.Dropped(id, at.toEpochMilli(), why));
        parsed.remove(id);
    }

    @Override
    public long countInState(supportbot.dialog.State state) {
        return query(COUNT_IN_STATE, st -> {
            st.setString(1, state.name());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    @Override
    public Backlog backlog() {
        Dropped dropped = query(DROPPED, st -> {
            try (ResultSet rs = st.executeQuery()) {
                return dropped(rs);
            }
        });
        return query(PENDING, st -> {
            try (ResultSet rs = st.executeQuery()) {
                return pending(rs, dropped);
            }
        });
    }

    /** The backlog read on any connection: for tools beside the bot. */
    static Backlog backlog(Connection c) throws SQLException {
        try (PreparedStatement pending = c.prepareStatement(PENDING); PreparedStatement dropped = c.prepareStatement(DROPPED);
             ResultSet p = pending.executeQuery(); ResultSet d = dropped.executeQuery()) {
            return pending(p, dropped(d));
        }
    }

    private record Dropped(int all, int givenUp) {
    }

    private static Dropped dropped(ResultSet rs) throws SQLException {
        rs.next();
        return new Dropped(rs.getInt(1), rs.getInt(2));
    }

    private static Backlog pending(ResultSet rs, Dropped dropped) throws SQLException {
        rs.next();
        int count = rs.getInt(1);
        long oldest = rs.getLong(2);
        return new Backlog(count, rs.wasNull() ? null : Instant.ofEpochMilli(oldest), dropped.all(), dropped.givenUp());
    }

    @Override
    public List<LogEntry> log(ConversationKey key) {
        return query(LOG, st -> {
            st.setString(1, key.channel());
            st.setString(2, key.chatId());
            List<LogEntry> entries = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    entries.add(entry(rs));
                }
            }
            return entries;
        });
    }

    @Override
    public void eachEvent(Instant since, Consumer<LogEntry> action) {
        query(ALL_EVENTS, st -> {
            eachEvent(st, since, action);
            return null;
        });
    }

    /** Every event since {@code since} on any connection: for tools beside the bot. */
    static void eachEvent(Connection c, Instant since, Consumer<LogEntry> action) throws SQLException {
        try (PreparedStatement all = c.prepareStatement(ALL_EVENTS)) {
            eachEvent(all, since, action);
        }
    }

    private static void eachEvent(PreparedStatement all, Instant since, Consumer<LogEntry> action) throws SQLException {
        all.setFetchSize(1_000);
        all.setString(1, since.toString());
        try (ResultSet rs = all.executeQuery()) {
            while (rs.next()) {
                action.accept(entry(rs));
            }
        }
    }

    private static LogEntry entry(ResultSet rs) throws SQLException {
        Object helpful = rs.getObject(13);
        return new LogEntry(new ConversationKey(rs.getString(1), rs.getString(2)), Instant.parse(rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getDouble(6), rs.getString(7), rs.getString(8),
                EventColumns.answered(rs.getString(9)), EventColumns.reopened(rs.getString(9)), rs.getString(10),
                rs.getString(11), EventColumns.endings(rs.getString(12)),
                helpful == null ? null : ((Number) helpful).intValue() == 1);
    }

    /** Removes old events and replies: at start-up. */
    static void purge(Connection writing, Instant eventsBefore, Instant sentBefore) throws SQLException {
        try (PreparedStatement events = writing.prepareStatement("DELETE FROM events WHERE at < ?");
             PreparedStatement outbox = writing.prepareStatement("DELETE FROM outbox WHERE sent_at < ? OR dropped_at < ?")) {
            events.setString(1, eventsBefore.toString());
            int purged = events.executeUpdate();
            if (purged > 0) {
                log.info("removed {} event log entries older than {}", purged, eventsBefore);
            }
            outbox.setLong(1, sentBefore.toEpochMilli());
            outbox.setLong(2, eventsBefore.toEpochMilli());
            outbox.executeUpdate();
        }
    }

    StoreException failure(String what, SQLException e) {
        return StoreUnavailableException.of("cannot " + what + " in " + where + ": " + e.getMessage(), e);
    }
}
