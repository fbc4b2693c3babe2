package supportbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Session;
import supportbot.store.SessionStore.Stored;

/** A save its caller gave up on is never written behind the caller's back; one already being written is waited for. */
class GroupCommitWriterTest {
    private static final ConversationKey ALICE = SessionStoreContract.ALICE;
    private static final ConversationKey BOB = SessionStoreContract.BOB;

    @TempDir
    Path dir;

    @Test
    void aSaveGivenUpBeforeItWasTakenIsNeverWrittenAndOneTakenIsWaitedFor() throws Exception {
        SqliteSessionStore.open(dir, SqliteSessionStore.Synchronous.FULL, Duration.ofDays(1), SessionStoreContract.T0).close();
        String url = "jdbc:sqlite:" + SqliteSessionStore.fileIn(dir).toAbsolutePath();
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(10_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection writing = DriverManager.getConnection(url, config.toProperties());
        try (Connection blocker = DriverManager.getConnection(url, config.toProperties());
             GroupCommitWriter writer = new GroupCommitWriter(() -> writing, Database.SQLITE, "test", SqliteSessionStore.Synchronous.FULL,
                     Duration.ofMillis(500))) {
            Statement hold = blocker.createStatement();
            hold.execute("BEGIN IMMEDIATE");   // the writer's next transaction waits for this one
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> writer.write(save(ALICE)));
            Thread.sleep(200);   // taken into a transaction, which waits for the lock
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> writer.write(save(BOB)));
            assertThatThrownBy(() -> second.get(5, TimeUnit.SECONDS)).hasMessageContaining("not saved");
            Thread.sleep(500);
            hold.execute("ROLLBACK");
            first.get(10, TimeUnit.SECONDS);
            Thread.sleep(300);   // the writer has gone through its queue again
        }
        try (SqliteSessionStore store = SqliteSessionStore.open(dir, SqliteSessionStore.Synchronous.FULL, Duration.ofDays(1),
                SessionStoreContract.T0)) {
            assertThat(store.load(ALICE)).as("the save in a transaction went through").isPresent();
            assertThat(store.load(BOB)).as("the save given up on was never written").isEmpty();
        }
    }

    private static GroupCommitWriter.Write.Save save(ConversationKey key) {
        Session session = Session.start(key);
        return new GroupCommitWriter.Write.Save(Stored.fresh(session), SessionJson.write(session),
                SessionStoreContract.entry(key, "hello"), List.of());
    }
}
