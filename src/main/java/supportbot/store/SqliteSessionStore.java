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
import java.util.Optional;
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
    private record Reader(Connection connection, PreparedStatement load, PreparedStatement log) {
        static Reader open(Path file, Synchronous synchronous) throws SQLException {
            Connection c = connect(file, SQLiteConfig.TransactionMode.DEFERRED);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA synchronous = " + synchronous.name());
            }
            return new Reader(c,
                    c.prepareStatement("SELECT session, last_update_id, last_replies, last_support_update_id FROM sessions WHERE channel = ? AND chat_id = ?"),
                    c.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM events WHERE channel = ? AND chat_id = ? ORDER BY id"));
        }
    }

    private final GroupCommitWriter writer;
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
        for (int i = 0; i < READERS; i++) {
            readers.add(Reader.open(file, synchronous));
        }
        writer = new GroupCommitWriter(writing, file.toString());
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

    @Override
    public Optional<Stored> load(ConversationKey key) {
        Reader reader = take();
        try {
            reader.load().setString(1, key.channel());
            reader.load().setString(2, key.chatId());
            try (ResultSet rs = reader.load().executeQuery()) {
                return rs.next()
                        ? Optional.of(new Stored(SessionJson.read(rs.getString(1)), rs.getLong(2),
                                SessionJson.readReplies(rs.getString(3)), rs.getLong(4)))
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
    public void save(Stored stored, LogEntry entry) {
        writer.save(stored, entry);
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
