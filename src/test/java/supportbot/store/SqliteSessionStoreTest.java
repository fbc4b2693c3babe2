package supportbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import supportbot.dialog.Session;
import supportbot.store.SessionStore.Stored;
import supportbot.testing.SmallDisk;

class SqliteSessionStoreTest extends SessionStoreContract {
    @TempDir
    Path dir;

    @Override
    SessionStore open() {
        return SqliteSessionStore.open(dir, SqliteSessionStore.Synchronous.FULL, Duration.ofDays(90), T0);
    }

    @Test
    void aFullDiskFailsSavesAsUnavailableAndTheNextSaveWorksOnceThereIsRoomWithoutARestart() throws Exception {
        Optional<SmallDisk> mounted = SmallDisk.mount(dir.resolve("small"), "2m");
        assumeTrue(mounted.isPresent(), "mounting a tmpfs needs root (as on CI)");
        try (SmallDisk disk = mounted.get(); SessionStore small = SqliteSessionStore.open(disk.path(),
                SqliteSessionStore.Synchronous.FULL, Duration.ofDays(90), T0)) {
            small.save(new Stored(midFlow(ALICE), 1), entry(ALICE, "before"));
            disk.fill();
            // Until the WAL has no room left over from earlier commits, saves may still go through.
            String big = "x".repeat(64 * 1024);
            assertThatThrownBy(() -> {
                for (int i = 0; i < 100; i++) {
                    small.save(new Stored(midFlow(BOB), 10 + i), entry(BOB, big));
                }
            }).isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(small::ping).as("readiness says so").isInstanceOf(StoreUnavailableException.class)
                    .hasMessageStartingWith("sqlite cannot save");

            disk.free();
            small.save(new Stored(midFlow(ALICE), 2), entry(ALICE, "after"));
            small.ping();
            assertThat(small.load(ALICE)).contains(new Stored(midFlow(ALICE), 2));
            assertThat(small.log(ALICE)).extracting(LogEntry::said).containsExactly("before", "after");
        }
    }

    @Test
    void sessionsOutliveTheProcessThatSavedThem() {
        Session session = midFlow(ALICE);
        store.save(new Stored(session, 9), entry(ALICE, "x"));
        store.close();
        store = open();
        assertThat(store.load(ALICE)).contains(new Stored(session, 9));
    }

    @Test
    void unsentRepliesOutliveTheProcessAndSentOnesDoNotComeBack() {
        store.enqueue(ALICE, java.util.List.of(say("one", supportbot.dialog.Reply.Audience.USER),
                say("two", supportbot.dialog.Reply.Audience.USER)), T0);
        store.sent(store.due(T0, 10).get(0).id(), T0);
        store.close();
        store = open();
        assertThat(store.due(T0, 10)).extracting(q -> q.outgoing().reply().text()).containsExactly("two");
        assertThat(store.backlog().pending()).isEqualTo(1);
        assertThat(SqliteSessionStore.readBacklog(dir)).isEqualTo(store.backlog());
    }

    @Test
    void aFileThatIsNotADatabaseStopsStartUpNamingTheFileAndIsLeftAlone() throws Exception {
        store.close();
        Path other = Files.createDirectories(dir.resolve("other"));
        Path file = other.resolve("supportbot.db");
        Files.writeString(file, "these are somebody's notes, not a database");
        assertThatThrownBy(() -> SqliteSessionStore.open(other, SqliteSessionStore.Synchronous.FULL, Duration.ofDays(1), T0))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString());
        assertThat(Files.readString(file)).isEqualTo("these are somebody's notes, not a database");
        store = open();
    }

    @Test
    void aDamagedDatabaseStopsStartUpNamingTheFile() throws Exception {
        store.save(Stored.fresh(midFlow(ALICE)), entry(ALICE, "x"));
        store.close();
        Path file = dir.resolve("supportbot.db");
        // Keep the header, wreck the pages behind it.
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) 0x5A;
        }
        Files.deleteIfExists(dir.resolve("supportbot.db-wal"));
        Files.deleteIfExists(dir.resolve("supportbot.db-shm"));
        Files.write(file, bytes);
        assertThatThrownBy(this::open).isInstanceOf(StoreException.class).hasMessageContaining(file.toString());
        Files.delete(file);
        store = open();
    }

    @Test
    void theSchemaIsMigratedOnceAndRecorded() throws Exception {
        store.close();
        store = open();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("supportbot.db"));
             var rs = c.createStatement().executeQuery("SELECT count(*), max(CAST(version AS INTEGER)) FROM flyway_schema_history")) {
            assertThat(rs.getInt(1)).isEqualTo(Schema.LATEST);
            assertThat(rs.getInt(2)).isEqualTo(Schema.LATEST);
        }
    }

    @Test
    void aSchemaNewerThanTheBotStopsStartUp() throws Exception {
        store.close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("supportbot.db"))) {
            c.createStatement().execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 'x', 0, 1)");
        }
        assertThatThrownBy(this::open).hasMessageContaining("newer");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("supportbot.db"))) {
            c.createStatement().execute("DELETE FROM flyway_schema_history WHERE installed_rank = 99");
        }
        store = open();
    }

    /** A file written by a bot from before Flyway (schema_version at 4, no outbox) opens, keeps its sessions and gains the outbox. */
    @Test
    void aFileFromBeforeFlywayIsBroughtUpToDateAndKeepsItsSessions() throws Exception {
        store.close();
        Path old = Files.createDirectories(dir.resolve("old"));
        Session session = midFlow(ALICE);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + old.resolve("supportbot.db"))) {
            var st = c.createStatement();
            for (String name : java.util.List.of("V1__sessions_and_events.sql", "V2__last_replies.sql", "V3__outcomes.sql",
                    "V4__support_update_id.sql")) {
                String sql = new String(getClass().getResourceAsStream("/db/migration/sqlite/" + name).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
                for (String statement : sql.split(";")) {
                    if (!statement.isBlank()) {
                        st.execute(statement);
                    }
                }
            }
            st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            for (int v = 1; v <= 4; v++) {
                st.execute("INSERT INTO schema_version VALUES (" + v + ", 'V" + v + "', datetime('now'))");
            }
            var insert = c.prepareStatement("INSERT INTO sessions (channel, chat_id, state, session, last_update_id, updated_at) "
                    + "VALUES (?, ?, ?, ?, 7, ?)");
            insert.setString(1, ALICE.channel());
            insert.setString(2, ALICE.chatId());
            insert.setString(3, session.state().name());
            insert.setString(4, SessionJson.write(session));
            insert.setString(5, T0.toString());
            insert.executeUpdate();
        }
        store = SqliteSessionStore.open(old, SqliteSessionStore.Synchronous.FULL, Duration.ofDays(90), T0);
        assertThat(store.load(ALICE)).contains(new Stored(session, 7));
        store.enqueue(ALICE, java.util.List.of(say("hello again", supportbot.dialog.Reply.Audience.USER)), T0);
        assertThat(store.due(T0, 10)).hasSize(1);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + old.resolve("supportbot.db"))) {
            assertThat(Schema.version(c)).isEqualTo(Schema.LATEST);
        }
    }

    @Test
    void eventsOlderThanTheRetentionAreRemovedAtStartUp() {
        store.save(Stored.fresh(Session.start(ALICE)), entry(ALICE, "old"));
        store.close();
        store = SqliteSessionStore.open(dir, SqliteSessionStore.Synchronous.FULL, Duration.ofDays(1), T0.plus(Duration.ofDays(2)));
        assertThat(store.log(ALICE)).isEmpty();
        assertThat(store.load(ALICE)).as("the session itself stays").isPresent();
    }

    @Test
    void theWriteAheadLogIsOn() throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("supportbot.db"));
             var rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }
}
