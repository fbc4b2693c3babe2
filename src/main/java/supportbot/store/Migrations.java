package supportbot.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings the schema up to date at start-up with the versioned SQL files in {@code db/migration/},
 * each applied once, in order, in one transaction, and recorded in {@code schema_version}.
 */
final class Migrations {
    /** Append only: a released migration never changes. */
    static final List<String> FILES = List.of("V1__sessions_and_events.sql", "V2__last_replies.sql", "V3__outcomes.sql",
            "V4__support_update_id.sql", "V5__outbox.sql");

    private Migrations() {
    }

    static void apply(Connection connection, String file) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        // BEGIN IMMEDIATE takes the write lock first, so two processes starting at once migrate once.
        try (Statement st = connection.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            try {
                int current = current(connection);
                if (current > FILES.size()) {
                    throw new StoreException(file + ": the schema is version " + current + ", newer than this bot knows ("
                            + FILES.size() + "); run the newer bot or restore a backup");
                }
                for (int version = current + 1; version <= FILES.size(); version++) {
                    String name = FILES.get(version - 1);
                    try {
                        for (String sql : statements(name)) {
                            st.execute(sql);
                        }
                    } catch (SQLException e) {
                        throw new StoreException(file + ": migration " + name + " failed: " + e.getMessage(), e);
                    }
                    st.execute("INSERT INTO schema_version VALUES (" + version + ", '" + name + "', datetime('now'))");
                }
                st.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                st.execute("ROLLBACK");
                throw e;
            }
        }
    }

    /** The schema version recorded in the database (0 for none). */
    static int current(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "schema_version", null)) {
            if (!tables.next()) {
                return 0;
            }
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static List<String> statements(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " is missing from the jar");
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
            return java.util.Arrays.stream(sql.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
