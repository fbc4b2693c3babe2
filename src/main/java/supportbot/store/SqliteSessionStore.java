package supportbot.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import supportbot.dialog.ConversationKey;

/**
 * Sessions in an embedded SQLite database ({@code supportbot.db} in the data folder), in WAL mode.
 * With {@code synchronous=FULL} a save is on disk when {@link #save} returns, so a crash or a power cut
 * right after it cannot undo it. Saves go through a {@link GroupCommitWriter}; reads use a small pool of
 * connections of their own, which in WAL mode never wait for the writer.
 */
public final class SqliteSessionStore implements SessionStore {
    private static final Logger log = LoggerFactory.getLogger(SqliteSessionStore.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private static final int READERS = 4;
    private static final String EVENT_COLUMNS =
            "channel, chat_id, at, said, intent, confidence, fix, state, outcome, began, offered, ending, helpful";

    /** A reading connection with its statements; one thread uses it at a time. */
    private record Reader(Connection connection, PreparedStatement load, PreparedStatement log, PreparedStatement due) {
        static Reader open(Path file, Synchronous synchronous) throws SQLException {
            Connection c = connect(file, SQLiteConfig.TransactionMode.DEFERRED);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA synchronous = " + synchronous.name());
            }
            return new Reader(c,
                    c.prepareStatement("SELECT session, last_update_id, last_support_update_id FROM sessions WHERE channel = ? AND chat_id = ?"),
                    c.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM events WHERE channel = ? AND chat_id = ? ORDER BY id"),
                    c.prepareStatement(DUE));
        }
    }

    /** The head of each queue (a conversation's replies to one audience), if its next attempt is due. */
    private static final String DUE = """
            SELECT o.id, o.channel, o.chat_id, o.reply, o.support_header, o.copy_message_id, o.created_at, o.attempts,
              o.parts_sent
            FROM outbox o
            WHERE o.sent_at IS NULL AND o.dropped_at IS NULL AND o.next_attempt_at <= ?
              AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.channel = o.channel AND p.chat_id = o.chat_id
                AND p.audience = o.audience AND p.sent_at IS NULL AND p.dropped_at IS NULL AND p.id < o.id)
            ORDER BY o.next_attempt_at, o.id LIMIT ?""";
    /** Sent replies are kept this long, to look into a complaint ("the bot never answered"), then removed. */
    private static final Duration KEEP_SENT = Duration.ofDays(1);

    private final GroupCommitWriter writer;
    /**
     * The replies of unsent rows, read once: the sender asks for the due rows after every send, and reading
     * the same JSON again each time would cost a core on a busy bot. A row's reply never changes.
     */
    private final Map<Long, Outgoing> parsed = new ConcurrentHashMap<>();
    private final BlockingQueue<Reader> readers = new ArrayBlockingQueue<>(READERS);

    /** Where the database of a data folder is. */
    public static Path fileIn(Path dataDir) {
        return dataDir.resolve("supportbot.db");
    }

    /**
     * Reads the event log of the database in {@code dataDir} without changing anything: no migration, no
     * purge, a read-only connection. For tools that run beside the bot (`stats`).
     */
    public static void readEvents(Path dataDir, Instant since, Consumer<LogEntry> action) {
        Path file = fileIn(dataDir);
        try {
            checkHeader(file);
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout(10_000);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties())) {
                int version = Migrations.current(c);
                if (version < Migrations.FILES.size()) {
                    throw new StoreException("the conversation store " + file + " is from an older version of the bot (schema "
                            + version + "); start the bot once to bring it up to date");
                }
                eachEvent(c, since, action);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the event log in " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("cannot read the event log in " + file + ": " + e, e);
        }
    }

    /**
     * What waits in the outbox of the database in {@code dataDir}, read without changing anything (for
     * `stats` beside the running bot); null when there is no database yet.
     */
    public static Outbox.Backlog readBacklog(Path dataDir) {
        Path file = fileIn(dataDir);
        if (!Files.exists(file)) {
            return null;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties())) {
            return Migrations.current(c) < Migrations.FILES.size() ? null : backlog(c);
        } catch (SQLException e) {
            throw new StoreException("cannot read the outbox in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Opens (creating if need be) the store; refuses a file that is not a healthy database of ours. */
    public static SqliteSessionStore open(Path dataDir, Synchronous synchronous, Duration eventRetention, Instant now) {
        Path file = fileIn(dataDir);
        try {
            Files.createDirectories(dataDir);
            checkHeader(file);
            Connection writing = connect(file, SQLiteConfig.TransactionMode.IMMEDIATE);
            try {
                return new SqliteSessionStore(file, writing, synchronous, eventRetention, now);
            } catch (SQLException | RuntimeException e) {
                writing.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open the conversation store " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("cannot open the conversation store " + file + ": " + e, e);
        }
    }

    /**
     * The writing connection takes the write lock when a transaction begins (IMMEDIATE), so a second
     * process sharing the file (a console next to the Telegram bot) waits instead of failing on a lock upgrade.
     */
    private static Connection connect(Path file, SQLiteConfig.TransactionMode mode) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(10_000);
        config.setTransactionMode(mode);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    private SqliteSessionStore(Path file, Connection writing, Synchronous synchronous,
                               Duration eventRetention, Instant now) throws SQLException {
        this.file = file;
        try (Statement st = writing.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA synchronous = " + synchronous.name());
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                String verdict = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(verdict)) {
                    throw new StoreException("the conversation store " + file + " is damaged (" + verdict
                            + "); restore a backup or move the file away to start empty");
                }
            }
        }
        Migrations.apply(writing, file.toString());
        purgeEvents(writing, now.minus(eventRetention));
        purgeOutbox(writing, now.minus(KEEP_SENT), now.minus(eventRetention));
        for (int i = 0; i < READERS; i++) {
            readers.add(Reader.open(file, synchronous));
        }
        writer = new GroupCommitWriter(writing, file.toString(), synchronous);
    }

    /** A file that exists but does not start like an SQLite database is never overwritten with a new one. */
    private static void checkHeader(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return;
        }
        byte[] head = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(head, 0, head.length);
            if (read < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
                throw new StoreException("the conversation store " + file + " is not an SQLite database; "
                        + "restore a backup or move the file away to start empty");
            }
        }
    }

    private static void purgeEvents(Connection writing, Instant before) throws SQLException {
        try (PreparedStatement purge = writing.prepareStatement("DELETE FROM events WHERE at < ?")) {
            purge.setString(1, before.toString());
            int purged = purge.executeUpdate();
            if (purged > 0) {
                log.info("removed {} event log entries older than {}", purged, before);
            }
        }
    }

    private static void purgeOutbox(Connection writing, Instant sentBefore, Instant droppedBefore) throws SQLException {
        try (PreparedStatement purge = writing.prepareStatement(
                "DELETE FROM outbox WHERE sent_at < ? OR dropped_at < ?")) {
            purge.setLong(1, sentBefore.toEpochMilli());
            purge.setLong(2, droppedBefore.toEpochMilli());
            purge.executeUpdate();
        }
    }

    @Override
    public Optional<Stored> load(ConversationKey key) {
        Reader reader = take();
        try {
            reader.load().setString(1, key.channel());
            reader.load().setString(2, key.chatId());
            try (ResultSet rs = reader.load().executeQuery()) {
                return rs.next()
                        ? Optional.of(new Stored(SessionJson.read(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("load " + key, e);
        } finally {
            readers.add(reader);
        }
    }

    private Reader take() {
        try {
            return readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while reading " + file, e);
        }
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
        Reader reader = take();
        try {
            reader.due().setLong(1, now.toEpochMilli());
            reader.due().setInt(2, limit);
            List<Queued> due = new ArrayList<>();
            try (ResultSet rs = reader.due().executeQuery()) {
                while (rs.next()) {
                    Queued queued = queued(rs);
                    if (queued != null) {
                        due.add(queued);
                    }
                }
            }
            return due;
        } catch (SQLException e) {
            throw failure("read the outbox", e);
        } finally {
            readers.add(reader);
        }
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
        Reader reader = take();
        try (Statement st = reader.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT min(id) FROM outbox WHERE sent_at IS NULL AND dropped_at IS NULL")) {
            long oldest = rs.next() && rs.getObject(1) != null ? rs.getLong(1) : Long.MAX_VALUE;
            parsed.keySet().removeIf(id -> id < oldest);
        } catch (SQLException e) {
            throw failure("read the outbox", e);
        } finally {
            readers.add(reader);
        }
    }

    @Override
    public void dropped(long id, Instant at, String why) {
        writer.write(new GroupCommitWriter.Write.Dropped(id, at.toEpochMilli(), why));
        parsed.remove(id);
    }

    @Override
    public long countInState(supportbot.dialog.State state) {
        Reader reader = take();
        try (PreparedStatement count = reader.connection().prepareStatement("SELECT count(*) FROM sessions WHERE state = ?")) {
            count.setString(1, state.name());
            try (ResultSet rs = count.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw failure("count the conversations in " + state, e);
        } finally {
            readers.add(reader);
        }
    }

    @Override
    public void ping() {
        if (!Files.exists(file)) {
            throw new StoreException("the conversation store " + file + " is gone");
        }
        Reader reader = take();
        try (Statement st = reader.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT 1")) {
            rs.next();
        } catch (SQLException e) {
            throw failure("read", e);
        } finally {
            readers.add(reader);
        }
    }

    @Override
    public Backlog backlog() {
        Reader reader = take();
        try {
            return backlog(reader.connection());
        } catch (SQLException e) {
            throw failure("read the outbox", e);
        } finally {
            readers.add(reader);
        }
    }

    private static Backlog backlog(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet pending = st.executeQuery(
                     "SELECT count(*), min(created_at) FROM outbox WHERE sent_at IS NULL AND dropped_at IS NULL")) {
            pending.next();
            int count = pending.getInt(1);
            long oldest = pending.getLong(2);
            Instant oldestAt = pending.wasNull() ? null : Instant.ofEpochMilli(oldest);
            try (ResultSet dropped = st.executeQuery("SELECT count(*) FROM outbox WHERE dropped_at IS NOT NULL")) {
                dropped.next();
                return new Backlog(count, oldestAt, dropped.getInt(1));
            }
        }
    }

    @Override
    public List<LogEntry> log(ConversationKey key) {
        Reader reader = take();
        try {
            reader.log().setString(1, key.channel());
            reader.log().setString(2, key.chatId());
            List<LogEntry> entries = new ArrayList<>();
            try (ResultSet rs = reader.log().executeQuery()) {
                while (rs.next()) {
                    entries.add(entry(rs));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw failure("read the log of " + key, e);
        } finally {
            readers.add(reader);
        }
    }

    @Override
    public void eachEvent(Instant since, Consumer<LogEntry> action) {
        Reader reader = take();
        try {
            eachEvent(reader.connection(), since, action);
        } catch (SQLException e) {
            throw failure("read the event log", e);
        } finally {
            readers.add(reader);
        }
    }

    /** Every event since {@code since}, one conversation after another, each oldest first. */
    private static void eachEvent(Connection c, Instant since, Consumer<LogEntry> action) throws SQLException {
        try (PreparedStatement all = c.prepareStatement(
                "SELECT " + EVENT_COLUMNS + " FROM events WHERE at >= ? ORDER BY channel, chat_id, id")) {
            all.setString(1, since.toString());
            try (ResultSet rs = all.executeQuery()) {
                while (rs.next()) {
                    action.accept(entry(rs));
                }
            }
        }
    }

    private static LogEntry entry(ResultSet rs) throws SQLException {
        Object helpful = rs.getObject(13);
        return new LogEntry(new ConversationKey(rs.getString(1), rs.getString(2)), Instant.parse(rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getDouble(6), rs.getString(7), rs.getString(8),
                EventColumns.answered(rs.getString(9)), EventColumns.reopened(rs.getString(9)), rs.getString(10), rs.getString(11), EventColumns.endings(rs.getString(12)),
                helpful == null ? null : ((Number) helpful).intValue() == 1);
    }

    @Override
    public synchronized void close() {
        writer.close();
        for (Reader reader : readers) {
            try {
                reader.connection().close();
            } catch (SQLException e) {
                log.warn("closing {}: {}", file, e.getMessage());
            }
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException("cannot " + what + " in " + file + ": " + e.getMessage(), e);
    }

    /** SQLite's durability setting: FULL syncs every commit to disk; NORMAL may lose the last ones on power loss. */
    public enum Synchronous { FULL, NORMAL }
}
