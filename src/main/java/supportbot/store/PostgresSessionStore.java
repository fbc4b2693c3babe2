package supportbot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import supportbot.dialog.ConversationKey;

/**
 * Sessions in a PostgreSQL database that several instances of the bot share. A conversation is handled by
 * one instance at a time ({@link #lock}: a session-level advisory lock on a pooled connection, released
 * when the message is saved or, if the instance dies, when its connection goes); leases ({@link #lease}) are
 * advisory locks held on a connection of their own. Saves go through a {@link GroupCommitWriter}, reads through
 * a HikariCP pool.
 */
public final class PostgresSessionStore extends JdbcSessionStore {
    private static final Logger log = LoggerFactory.getLogger(PostgresSessionStore.class);
    /** The first key of the two-key advisory locks: which kind of thing is locked. */
    private static final int CONVERSATIONS = 1;
    private static final int LEASES = 2;

    private final String url;
    private final Properties credentials;
    private final HikariDataSource pool;
    /**
     * The connection holding this thread's conversation lock, if any: reads under the lock go through it, so a
     * worker never holds one connection while it waits for a second (a full pool would then stall for good).
     */
    private final ThreadLocal<Connection> locked = new ThreadLocal<>();

    private PostgresSessionStore(String url, Properties credentials, HikariDataSource pool) {
        super(describe(url));
        this.url = url;
        this.credentials = credentials;
        this.pool = pool;
    }

    /**
     * Opens the store at {@code url} ({@code jdbc:postgresql://host:port/database}), brings its schema up to
     * date and removes old events. {@code poolSize}: connections for reads and conversation locks, at least the
     * channel's workers and a few more.
     */
    public static PostgresSessionStore open(String url, String user, String password, int poolSize,
                                            SqliteSessionStore.Synchronous synchronous, Duration eventRetention, Instant now) {
        Properties credentials = new Properties();
        if (!user.isEmpty()) {
            credentials.setProperty("user", user);
        }
        if (!password.isEmpty()) {
            credentials.setProperty("password", password);
        }
        // A server that stops answering (a host gone, a network cut) fails a call within a minute instead of
        // holding a worker, the writer or a lease's check for good; the URL may say otherwise.
        credentials.setProperty("tcpKeepAlive", "true");
        credentials.setProperty("socketTimeout", "60");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setDataSourceProperties(credentials);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("supportbot-store");
        config.setConnectionTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot reach the conversation store " + describe(url) + ": " + rootMessage(e), e);
        }
        PostgresSessionStore store = new PostgresSessionStore(url, credentials, pool);
        try {
            Schema.migrate(pool, Database.POSTGRESQL, store.where);
            try (Connection c = pool.getConnection()) {
                purge(c, now.minus(eventRetention), now.minus(KEEP_SENT));
            }
            store.writeWith(new GroupCommitWriter(pool::getConnection, Database.POSTGRESQL, store.where, synchronous));
            return store;
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw e instanceof StoreException s ? s : new StoreException("cannot open the conversation store " + store.where
                    + ": " + rootMessage(e), e);
        }
    }

    /** The server and database, never the password. */
    private static String describe(String url) {
        String rest = url.replaceFirst("^jdbc:postgresql://", "");
        int query = rest.indexOf('?');
        return "PostgreSQL at " + (query < 0 ? rest : rest.substring(0, query));
    }

    /** The innermost message, with anything that looks like a password in a URL masked. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).replaceAll("(?i)(password=)[^&\\s]*", "$1***");
    }

    @Override
    <T> T query(String sql, Read<T> read) {
        Connection mine = locked.get();
        if (mine != null) {
            try (PreparedStatement st = mine.prepareStatement(sql)) {
                return read.run(st);
            } catch (SQLException e) {
                throw failure("read", e);
            }
        }
        try (Connection c = pool.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            return read.run(st);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** The whole log, fetched in pages (the driver reads a result in pages only inside a transaction). */
    @Override
    public void eachEvent(Instant since, java.util.function.Consumer<LogEntry> action) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                eachEvent(c, since, action);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("read the event log", e);
        }
    }

    @Override
    public void ping() {
        failingSaves();
        query("SELECT 1", st -> {
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Override
    public Held lock(ConversationKey key) {
        Connection c;
        try {
            c = pool.getConnection();
        } catch (SQLException e) {
            throw failure("lock " + key, e);
        }
        int id = hash(key.channel() + "\u0000" + key.chatId());
        try (PreparedStatement st = c.prepareStatement("SELECT pg_advisory_lock(?, ?)")) {
            st.setInt(1, CONVERSATIONS);
            st.setInt(2, id);
            st.execute();
        } catch (SQLException e) {
            closeQuietly(c);
            throw failure("lock " + key, e);
        }
        locked.set(c);
        return () -> {
            locked.remove();
            try (PreparedStatement st = c.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
                st.setInt(1, CONVERSATIONS);
                st.setInt(2, id);
                st.execute();
            } catch (SQLException e) {
                // The lock may still be held on it: the connection is ended, not given back, and its session with it.
                log.warn("unlocking {} in {}: {}", key, where, e.getMessage());
                pool.evictConnection(c);
            } finally {
                closeQuietly(c);
            }
        };
    }

    @Override
    public Lease lease(String name) {
        return new AdvisoryLease(name);
    }

    /** A lease as an advisory lock on a connection of its own: it ends when the connection does. */
    private final class AdvisoryLease implements Lease {
        private final String name;
        private final int id;
        private Connection connection;
        private boolean taken;

        AdvisoryLease(String name) {
            this.name = name;
            this.id = hash(name);
        }

        @Override
        public synchronized boolean tryTake() {
            if (held()) {
                return true;
            }
            try {
                if (connection == null || !connection.isValid(2)) {
                    closeQuietly(connection);
                    connection = DriverManager.getConnection(url, credentials);
                    taken = false;
                }
                try (PreparedStatement st = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
                    st.setInt(1, LEASES);
                    st.setInt(2, id);
                    try (ResultSet rs = st.executeQuery()) {
                        taken = rs.next() && rs.getBoolean(1);
                    }
                }
                return taken;
            } catch (SQLException e) {
                log.warn("cannot take the lease '{}' in {}: {}", name, where, e.getMessage());
                closeQuietly(connection);
                connection = null;
                taken = false;
                return false;
            }
        }

        @Override
        public synchronized boolean held() {
            try {
                return taken && connection != null && connection.isValid(2);
            } catch (SQLException e) {
                return false;
            }
        }

        /**
         * Unlocks before closing: the server lets go of a closed connection's locks only once its backend has
         * exited, a moment later, and the next holder should not have to wait for that.
         */
        @Override
        public synchronized void close() {
            if (taken && connection != null) {
                try (PreparedStatement st = connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
                    st.setInt(1, LEASES);
                    st.setInt(2, id);
                    st.execute();
                } catch (SQLException e) {
                    // the connection is broken: closing it lets go of the lock as well
                }
            }
            closeQuietly(connection);
            connection = null;
            taken = false;
        }
    }

    /** A stable 32-bit key for a name (String.hashCode is stable by its specification, but clusters). */
    private static int hash(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        int h = 0x811C9DC5;
        for (byte b : bytes) {
            h = (h ^ (b & 0xFF)) * 0x01000193;
        }
        return h;
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            // closing a broken connection: nothing left to do
        }
    }

    @Override
    public synchronized void close() {
        writer().close();
        pool.close();
    }
}
