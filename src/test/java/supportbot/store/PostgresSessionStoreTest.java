package supportbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import supportbot.dialog.Session;
import supportbot.store.SessionStore.Stored;
import supportbot.testing.TestPostgres;

/** The store contract on a real PostgreSQL server, and what only a shared store does: locks and leases. */
class PostgresSessionStoreTest extends SessionStoreContract {
    private String database;

    @Override
    SessionStore open() {
        if (database == null) {
            database = TestPostgres.freshDatabase();
        }
        return PostgresSessionStore.open(database, "", "", 12, SqliteSessionStore.Synchronous.FULL, Duration.ofDays(90), T0);
    }

    @AfterEach
    void nextTestGetsAnEmptyDatabase() {
        database = null;
    }

    @Test
    void sessionsOutliveTheInstanceThatSavedThemAndASecondInstanceSeesThem() {
        Session session = midFlow(ALICE);
        store.save(new Stored(session, 9), entry(ALICE, "x"));
        try (SessionStore other = open()) {
            assertThat(other.load(ALICE)).contains(new Stored(session, 9));
        }
    }

    @Test
    void aConversationIsHandledByOneInstanceAtATime() throws Exception {
        try (SessionStore other = open()) {
            CountDownLatch otherHasIt = new CountDownLatch(1);
            AtomicBoolean secondGotIn = new AtomicBoolean();
            SessionStore.Held first = store.lock(ALICE);
            Thread second = new Thread(() -> {
                otherHasIt.countDown();
                try (SessionStore.Held held = other.lock(ALICE)) {
                    secondGotIn.set(true);
                }
            });
            second.start();
            otherHasIt.await();
            Thread.sleep(300);
            assertThat(secondGotIn).as("waits while the first holds it").isFalse();
            try (SessionStore.Held bob = other.lock(BOB)) {
                assertThat(bob).as("another conversation is not held up").isNotNull();
            }
            first.close();
            second.join(TimeUnit.SECONDS.toMillis(10));
            assertThat(secondGotIn).isTrue();
        }
    }

    @Test
    void aLeaseIsHeldByOneInstanceAndPassesOnWhenItsHolderGoes() {
        try (SessionStore other = open()) {
            SessionStore.Lease mine = store.lease("polling");
            SessionStore.Lease theirs = other.lease("polling");
            assertThat(mine.tryTake()).isTrue();
            assertThat(theirs.tryTake()).isFalse();
            assertThat(other.lease("outbox").tryTake()).as("another lease is free").isTrue();
            mine.close();
            assertThat(theirs.tryTake()).isTrue();
            assertThat(theirs.held()).isTrue();
            theirs.close();
        }
    }

    @Test
    void aServerThatRefusesWritesFailsSavesAsUnavailableAndTheNextSaveWorksOnceItTakesThemAgain() throws Exception {
        store.save(new Stored(midFlow(ALICE), 1), entry(ALICE, "before"));
        try {
            readOnly(true);
            assertThatThrownBy(() -> store.save(new Stored(midFlow(ALICE), 2), entry(ALICE, "refused")))
                    .isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(store::ping).as("readiness says so").isInstanceOf(StoreUnavailableException.class)
                    .hasMessageStartingWith("postgresql cannot save");
        } finally {
            readOnly(false);
        }
        store.save(new Stored(midFlow(ALICE), 3), entry(ALICE, "after"));
        store.ping();
        assertThat(store.load(ALICE)).contains(new Stored(midFlow(ALICE), 3));
        assertThat(store.log(ALICE)).extracting(LogEntry::said).containsExactly("before", "after");
    }

    /** The whole server, as an operator would turn it: every session's next transaction follows the reloaded setting. */
    private void readOnly(boolean on) throws SQLException, InterruptedException {
        try (Connection c = DriverManager.getConnection(database); Statement st = c.createStatement()) {
            st.execute("ALTER SYSTEM SET default_transaction_read_only = " + on);
            st.execute("SELECT pg_reload_conf()");
        }
        // A reload reaches the other server processes a moment later.
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < until) {
            try (Connection c = DriverManager.getConnection(database); Statement st = c.createStatement();
                 java.sql.ResultSet rs = st.executeQuery("SHOW default_transaction_read_only")) {
                if (rs.next() && rs.getString(1).equals(on ? "on" : "off")) {
                    break;
                }
            }
            Thread.sleep(20);
        }
    }
}
