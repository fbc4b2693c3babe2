package supportbot.store;

import com.typesafe.config.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Where conversations are kept: the SQLite file in {@code dataDir} (one machine), or the PostgreSQL
 * database at {@code url} that several instances share. The settings of {@code supportbot.store}.
 */
public record StoreSettings(Path dataDir, String url, String user, String password, int poolSize,
                            SqliteSessionStore.Synchronous synchronous, Duration eventRetention) {

    public static StoreSettings from(Config c) {
        String url = c.getString("url").strip();
        if (!url.isEmpty() && !url.startsWith("jdbc:postgresql://")) {
            // Not echoed: a mistyped URL may hold a password.
            throw new IllegalArgumentException("supportbot.store.url (SUPPORTBOT_STORE_URL) must be a PostgreSQL JDBC URL, "
                    + "jdbc:postgresql://host:5432/database (it starts with '" + url.substring(0, Math.min(url.length(), 11))
                    + "'); leave it empty for the SQLite file in data-dir");
        }
        return new StoreSettings(Path.of(c.getString("data-dir")), url, c.getString("user"), c.getString("password"),
                c.getInt("pool-size"), c.getEnum(SqliteSessionStore.Synchronous.class, "synchronous"),
                c.getDuration("event-retention"));
    }

    /** Whether instances on other machines may share the store. */
    public boolean shared() {
        return !url.isEmpty();
    }

    public SessionStore open(Instant now) {
        return shared()
                ? PostgresSessionStore.open(url, user, password, poolSize, synchronous, eventRetention, now)
                : SqliteSessionStore.open(dataDir, synchronous, eventRetention, now);
    }

    /** Whether there is a store to read (an SQLite file not made yet is more likely the wrong folder). */
    public boolean exists() {
        return shared() || Files.exists(SqliteSessionStore.fileIn(dataDir));
    }

    public String describe() {
        return shared() ? "the PostgreSQL database " + url.replaceFirst("\\?.*", "")
                : SqliteSessionStore.fileIn(dataDir).toAbsolutePath().toString();
    }

    /** The event log since {@code since}, read without changing anything: for tools beside the running bot. */
    public void readEvents(Instant since, Consumer<LogEntry> action) {
        if (!shared()) {
            SqliteSessionStore.readEvents(dataDir, since, action);
            return;
        }
        try (Connection c = connect()) {
            c.setReadOnly(true);
            checkVersion(c);
            c.setAutoCommit(false);   // so that the driver fetches the log in pages, not all at once
            JdbcSessionStore.eachEvent(c, since, action);
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot read the event log in " + describe() + ": " + e.getMessage(), e);
        }
    }

    /** What waits in the outbox, read without changing anything; null when there is no store yet. */
    public Outbox.Backlog readBacklog() {
        if (!shared()) {
            return SqliteSessionStore.readBacklog(dataDir);
        }
        try (Connection c = connect()) {
            c.setReadOnly(true);
            return Schema.version(c) < Schema.LATEST ? null : JdbcSessionStore.backlog(c);
        } catch (SQLException e) {
            throw new StoreException("cannot read the outbox in " + describe() + ": " + e.getMessage(), e);
        }
    }

    private void checkVersion(Connection c) throws SQLException {
        int version = Schema.version(c);
        if (version < Schema.LATEST) {
            throw new StoreException(describe() + " is from an older version of the bot (schema " + version
                    + "); start the bot once to bring it up to date");
        }
    }

    private Connection connect() throws SQLException {
        Properties credentials = new Properties();
        if (!user.isEmpty()) {
            credentials.setProperty("user", user);
        }
        if (!password.isEmpty()) {
            credentials.setProperty("password", password);
        }
        credentials.setProperty("socketTimeout", "300");
        return DriverManager.getConnection(url, credentials);
    }
}
