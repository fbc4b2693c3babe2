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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import supportbot.dialog.ConversationKey;

/**
 * Sessions in an embedded SQLite database ({@code supportbot.db} in the data folder), in WAL mode.
 * With {@code synchronous=FULL} a save is on disk when {@link #save} returns, so a crash or a power cut
 * right after it cannot undo it. One connection, used by one thread at a time.
 */
public final class SqliteSessionStore implements SessionStore {
    private static final Logger log = LoggerFactory.getLogger(SqliteSessionStore.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection connection;
    private final PreparedStatement load;
    private final PreparedStatement upsert;
    private final PreparedStatement insertEvent;
    private final PreparedStatement selectLog;

    /** Opens (creating if need be) the store; refuses a file that is not a healthy database of ours. */
    public static SqliteSessionStore open(Path dataDir, Synchronous synchronous, Duration eventRetention, Instant now) {
        Path file = dataDir.resolve("supportbot.db");
        try {
            Files.createDirectories(dataDir);
            checkHeader(file);
            SQLiteConfig config = new SQLiteConfig();
            config.setBusyTimeout(10_000);
            // Every transaction takes the write lock up front: a read that later writes can then never
            // fail on a lock upgrade when a second process (a console next to the Telegram bot) shares the file.
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            try {
                return new SqliteSessionStore(file, connection, synchronous, eventRetention, now);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open the conversation store " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("cannot open the conversation store " + file + ": " + e, e);
        }
    }

    private SqliteSessionStore(Path file, Connection connection, Synchronous synchronous, Duration eventRetention, Instant now)
            throws SQLException {
        this.file = file;
        this.connection = connection;
        try (Statement st = connection.createStatement()) {
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
        Migrations.apply(connection, file.toString());
        purgeEvents(now.minus(eventRetention));
        load = connection.prepareStatement("SELECT session, last_update_id FROM sessions WHERE channel = ? AND chat_id = ?");
        upsert = connection.prepareStatement("""
                INSERT INTO sessions (channel, chat_id, state, session, last_update_id, idle_deadline, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (channel, chat_id) DO UPDATE SET state = excluded.state, session = excluded.session,
                  last_update_id = excluded.last_update_id, idle_deadline = excluded.idle_deadline,
                  updated_at = excluded.updated_at""");
        insertEvent = connection.prepareStatement("""
                INSERT INTO events (channel, chat_id, at, said, intent, confidence, fix, state, outcome)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        selectLog = connection.prepareStatement("""
                SELECT at, said, intent, confidence, fix, state, outcome FROM events
                WHERE channel = ? AND chat_id = ? ORDER BY id""");
        connection.setAutoCommit(false);
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

    private void purgeEvents(Instant before) throws SQLException {
        try (PreparedStatement purge = connection.prepareStatement("DELETE FROM events WHERE at < ?")) {
            purge.setString(1, before.toString());
            int purged = purge.executeUpdate();
            if (purged > 0) {
                log.info("removed {} event log entries older than {}", purged, before);
            }
        }
    }

    @Override
    public synchronized Optional<Stored> load(ConversationKey key) {
        try {
            load.setString(1, key.channel());
            load.setString(2, key.chatId());
            try (ResultSet rs = load.executeQuery()) {
                Optional<Stored> found = rs.next()
                        ? Optional.of(new Stored(SessionJson.read(rs.getString(1)), rs.getLong(2)))
                        : Optional.empty();
                connection.commit();
                return found;
            }
        } catch (SQLException e) {
            throw failure("load " + key, e);
        }
    }

    @Override
    public synchronized void save(Stored stored, LogEntry entry) {
        ConversationKey key = stored.session().key();
        try {
            upsert.setString(1, key.channel());
            upsert.setString(2, key.chatId());
            upsert.setString(3, stored.session().state().name());
            upsert.setString(4, SessionJson.write(stored.session()));
            upsert.setLong(5, stored.lastUpdateId());
            upsert.setString(6, stored.session().idleDeadline() == null ? null : stored.session().idleDeadline().toString());
            upsert.setString(7, entry.at().toString());
            upsert.executeUpdate();
            insertEvent.setString(1, key.channel());
            insertEvent.setString(2, key.chatId());
            insertEvent.setString(3, entry.at().toString());
            insertEvent.setString(4, entry.said());
            insertEvent.setString(5, entry.intent());
            insertEvent.setDouble(6, entry.confidence());
            insertEvent.setString(7, entry.fix());
            insertEvent.setString(8, entry.state());
            insertEvent.setString(9, entry.outcome());
            insertEvent.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw failure("save " + key, e);
        }
    }

    @Override
    public synchronized List<LogEntry> log(ConversationKey key) {
        try {
            selectLog.setString(1, key.channel());
            selectLog.setString(2, key.chatId());
            List<LogEntry> entries = new ArrayList<>();
            try (ResultSet rs = selectLog.executeQuery()) {
                while (rs.next()) {
                    entries.add(new LogEntry(key, Instant.parse(rs.getString(1)), rs.getString(2), rs.getString(3),
                            rs.getDouble(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
            connection.commit();
            return entries;
        } catch (SQLException e) {
            throw failure("read the log of " + key, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("closing {}: {}", file, e.getMessage());
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            log.warn("rollback on {}: {}", file, e.getMessage());
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException("cannot " + what + " in " + file + ": " + e.getMessage(), e);
    }

    /** SQLite's durability setting: FULL syncs every commit to disk; NORMAL may lose the last ones on power loss. */
    public enum Synchronous { FULL, NORMAL }
}
