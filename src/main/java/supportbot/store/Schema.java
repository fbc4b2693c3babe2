package supportbot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The store's tables, brought up to date at start-up by Flyway from {@code db/migration/sqlite/} or
 * {@code db/migration/postgresql/}: the same versions on both databases, each applied once, in order. A file
 * made by a bot from before Flyway (its versions in {@code schema_version}) is taken up where it stands.
 */
final class Schema {
    /** The version this bot writes: its last migration's, on both databases. */
    static final int LATEST = 5;

    private Schema() {
    }

    static void migrate(DataSource dataSource, Database database, String where) {
        try {
            int before;
            int legacy;
            try (Connection c = dataSource.getConnection()) {
                before = version(c);
                legacy = hasTable(c, "flyway_schema_history") ? 0 : legacyVersion(c);
            }
            if (before > LATEST) {
                throw new StoreException(where + ": the schema is version " + before + ", newer than this bot knows ("
                        + LATEST + "); run the newer bot or restore a backup");
            }
            if (before == LATEST && legacy == 0) {
                return;   // up to date: no need to start Flyway (a few hundred ms of a start)
            }
            FluentConfiguration config = Flyway.configure().dataSource(dataSource)
                    .locations("classpath:db/migration/" + database.folder());
            if (legacy > 0) {
                config.baselineOnMigrate(true).baselineVersion(String.valueOf(legacy))
                        .baselineDescription("schema_version " + legacy + ", from before Flyway");
            }
            config.load().migrate();
        } catch (SQLException | FlywayException e) {
            throw new StoreException(where + ": cannot bring the schema up to date: " + e.getMessage(), e);
        }
    }

    /** The schema version of the database (0 for none), for tools that read beside the bot without migrating. */
    static int version(Connection c) throws SQLException {
        if (!hasTable(c, "flyway_schema_history")) {
            return legacyVersion(c);
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
            int max = 0;
            while (rs.next()) {
                max = Math.max(max, Integer.parseInt(rs.getString(1).split("\\.")[0]));
            }
            return max;
        }
    }

    /** SQLite files only: the PostgreSQL store began with Flyway, and another program's table there means nothing. */
    private static int legacyVersion(Connection c) throws SQLException {
        if (!c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("sqlite")
                || !hasTable(c, "schema_version")) {
            return 0;
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** A table of this name in the connection's own schema ("_" is a wildcard to the driver: escaped). */
    private static boolean hasTable(Connection c, String name) throws SQLException {
        var meta = c.getMetaData();
        String escape = meta.getSearchStringEscape();
        String pattern = escape == null ? name : name.replace("_", escape + "_");
        try (ResultSet tables = meta.getTables(null, c.getSchema(), pattern, null)) {
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").equals(name)) {
                    return true;
                }
            }
            return false;
        }
    }
}
