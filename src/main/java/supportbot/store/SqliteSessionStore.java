package supportbot.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Sessions in an embedded SQLite database ({@code supportbot.db} in the data folder), in WAL mode.
 * With {@code synchronous=FULL} a save is on disk when {@link #save} returns, so a crash or a power cut
 * right after it cannot undo it. Saves go through a {@link GroupCommitWriter}; reads use a small pool of
 * connections of their own, which in WAL mode never wait for the writer.
 */
public final class SqliteSessionStore extends JdbcSessionStore {
    private static final Logger log = LoggerFactory.getLogger(SqliteSessionStore.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int READERS = 4;

    private final Path file;

    /** A reading connection with the statements prepared on it so far; one thread uses it at a time. */
    private record Reader(Connection connection, Map<String, PreparedStatement> statements) {
        static Reader open(Path file, Synchronous synchronous) throws SQLException {
            Connection c = connect(file, SQLiteConfig.TransactionMode.DEFERRED);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA synchronous = " + synchronous.name());
            }
            return new Reader(c, new HashMap<>());
        }

        PreparedStatement prepared(String sql) throws SQLException {
            PreparedStatement st = statements.get(sql);
            if (st == null) {
                st = connection.prepareStatement(sql);
                statements.put(sql, st);
            }
            return st;
        }
    }

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
                int version = Schema.version(c);
                if (version < Schema.LATEST) {
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
            return Schema.version(c) < Schema.LATEST ? null : backlog(c);
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
        return dataSource(file, mode).getConnection();
    }

    private static SQLiteDataSource dataSource(Path file, SQLiteConfig.TransactionMode mode) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(10_000);
        config.setTransactionMode(mode);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return source;
    }

    private SqliteSessionStore(Path file, Connection writing, Synchronous synchronous,
                               Duration eventRetention, Instant now) throws SQLException, IOException {
        super(file.toString());
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
        migrate(file);
        purge(writing, now.minus(eventRetention), now.minus(KEEP_SENT));
        for (int i = 0; i < READERS; i++) {
            readers.add(Reader.open(file, synchronous));
        }
        writeWith(new GroupCommitWriter(reopening(writing, file), Database.SQLITE, file.toString(), synchronous));
    }

    /** The writing connection first, then a new one should it ever break. */
    private static GroupCommitWriter.ConnectionSource reopening(Connection first, Path file) {
        java.util.concurrent.atomic.AtomicReference<Connection> given = new java.util.concurrent.atomic.AtomicReference<>(first);
        return () -> {
            Connection c = given.getAndSet(null);
            return c != null ? c : connect(file, SQLiteConfig.TransactionMode.IMMEDIATE);
        };
    }

    /** Two processes starting at once on one file (a console beside the bot) migrate it one after the other. */
    private static void migrate(Path file) throws IOException {
        Path lock = file.resolveSibling(file.getFileName() + ".migrating");
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            // Without a disk sync per migration: in WAL mode a crash cannot undo a commit, and a power cut that undid
            // the last ones leaves a consistent file whose missing migrations run again at the next start.
            SQLiteDataSource migrating = dataSource(file, SQLiteConfig.TransactionMode.DEFERRED);
            migrating.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL.getValue());
            Schema.migrate(migrating, Database.SQLITE, file.toString());
        }
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

    @Override
    <T> T query(String sql, Read<T> read) {
        Reader reader = take();
        try {
            return read.run(reader.prepared(sql));
        } catch (SQLException e) {
            throw failure("read", e);
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
    public void ping() {
        failingSaves();
        if (!Files.exists(file)) {
            throw new StoreException("the conversation store " + file + " is gone");
        }
        query("SELECT 1", st -> {
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Override
    public synchronized void close() {
        writer().close();
        for (Reader reader : readers) {
            try {
                reader.connection().close();
            } catch (SQLException e) {
                log.warn("closing {}: {}", file, e.getMessage());
            }
        }
    }

    /** SQLite's durability setting: FULL syncs every commit to disk; NORMAL may lose the last ones on power loss. */
    public enum Synchronous { FULL, NORMAL }
}
