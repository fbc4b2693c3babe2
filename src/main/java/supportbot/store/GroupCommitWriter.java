package supportbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import supportbot.dialog.ConversationKey;
import supportbot.store.SessionStore.Stored;
import supportbot.store.SqliteSessionStore.Synchronous;

/**
 * Writes on one thread, many per transaction: writes that arrive while a commit is being synced to disk
 * go into the next one together. Each caller still waits until its own write is committed, so durability
 * is the same as one transaction per write, at a fraction of the syncs.
 */
final class GroupCommitWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);
    private static final int MAX_BATCH = 512;
    private static final int SAVE_TIMEOUT_SECONDS = 30;

    /** What can be written; JSON is written by the caller's thread, so the writer thread only writes rows. */
    sealed interface Write {
        /** A message handled: the session, its log entry and its replies for the outbox. */
        record Save(Stored stored, String json, LogEntry entry, List<OutboxRow> outgoing) implements Write {
        }

        record Enqueue(ConversationKey key, List<OutboxRow> outgoing) implements Write {
        }

        record PartsSent(long id, int parts) implements Write {
        }

        record Sent(long id, long at) implements Write {
        }

        record Retry(long id, long next, String why) implements Write {
        }

        record Dropped(long id, long at, String why) implements Write {
        }

        record Postpone(long id, long next) implements Write {
        }

        record PurgeSent(long before) implements Write {
        }
    }

    /** An outbox row as the writer inserts it. */
    record OutboxRow(String audience, String reply, String supportHeader, long copyMessageId, long at) {
        static OutboxRow of(Outgoing o, java.time.Instant at) {
            return new OutboxRow(o.reply().audience().name(), SessionJson.writeReply(o.reply()), o.supportHeader(),
                    o.copyMessageId(), at.toEpochMilli());
        }
    }

    private record Pending(Write write, CompletableFuture<Void> done) {
    }

    private final Connection connection;
    private final Database database;
    private final String file;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final PreparedStatement upsert;
    private final PreparedStatement insertEvent;
    private final PreparedStatement insertOutgoing;
    private final PreparedStatement partsSent;
    private final PreparedStatement sent;
    private final PreparedStatement retry;
    private final PreparedStatement dropped;
    private final PreparedStatement postpone;
    private final PreparedStatement purgeSent;
    /**
     * Transactions are begun and ended by hand: the driver, left in charge, would begin the next one
     * right after each commit and so hold the write lock between batches, shutting out other processes.
     */
    private final PreparedStatement begin;
    private final PreparedStatement commit;
    private final PreparedStatement rollback;
    private final Thread thread;
    private volatile boolean running = true;
    /** The store's durability for saves, and the setting the connection has now (changed only on the writer thread). */
    private final Synchronous synchronous;
    private Synchronous current;

    /** {@code synchronous}: SQLite's durability for saves; PostgreSQL's is the server's synchronous_commit. */
    GroupCommitWriter(Connection connection, Database database, String file, Synchronous synchronous) throws SQLException {
        this.connection = connection;
        this.database = database;
        this.file = file;
        this.synchronous = synchronous;
        this.current = synchronous;
        upsert = connection.prepareStatement("""
                INSERT INTO sessions (channel, chat_id, state, session, last_update_id, idle_deadline, updated_at,
                  last_support_update_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (channel, chat_id) DO UPDATE SET state = excluded.state, session = excluded.session,
                  last_update_id = excluded.last_update_id, idle_deadline = excluded.idle_deadline,
                  updated_at = excluded.updated_at, last_support_update_id = excluded.last_support_update_id""");
        insertEvent = connection.prepareStatement("""
                INSERT INTO events (channel, chat_id, at, said, intent, confidence, fix, state, outcome,
                  began, offered, ending, helpful)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        insertOutgoing = connection.prepareStatement("""
                INSERT INTO outbox (channel, chat_id, audience, reply, support_header, copy_message_id, created_at,
                  next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
        partsSent = connection.prepareStatement("UPDATE outbox SET parts_sent = ? WHERE id = ?");
        sent = connection.prepareStatement("UPDATE outbox SET sent_at = ?, last_error = NULL WHERE id = ?");
        retry = connection.prepareStatement(
                "UPDATE outbox SET next_attempt_at = ?, attempts = attempts + 1, last_error = ? WHERE id = ?");
        dropped = connection.prepareStatement("UPDATE outbox SET dropped_at = ?, last_error = ? WHERE id = ?");
        postpone = connection.prepareStatement("UPDATE outbox SET next_attempt_at = ? WHERE id = ?");
        purgeSent = connection.prepareStatement("DELETE FROM outbox WHERE sent_at < ?");
        // SQLite takes the write lock at once (IMMEDIATE), so another process waits instead of failing on a lock upgrade.
        begin = connection.prepareStatement(database == Database.SQLITE ? "BEGIN IMMEDIATE" : "BEGIN");
        commit = connection.prepareStatement("COMMIT");
        rollback = connection.prepareStatement("ROLLBACK");
        thread = new Thread(this::run, "store-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Returns once the write is committed; throws if it could not be. */
    void write(Write write) {
        if (!running) {
            throw new StoreException("the conversation store " + file + " is closed");
        }
        Pending pending = new Pending(write, new CompletableFuture<>());
        queue.add(pending);
        try {
            pending.done().get(SAVE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new StoreException("saving to " + file + " took over " + SAVE_TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while saving to " + file, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof StoreException s ? s : new StoreException(e.getCause().getMessage(), e.getCause());
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                running = false;
            } catch (Throwable t) {
                // Whatever went wrong, no caller may wait forever, and the writer goes on.
                log.error("the store writer failed on {}", file, t);
                batch.forEach(p -> p.done().completeExceptionally(t));
            } finally {
                batch.clear();
            }
        }
        StoreException closed = new StoreException("the conversation store " + file + " is closed");
        for (Pending p; (p = queue.poll()) != null; ) {
            p.done().completeExceptionally(closed);
        }
    }

    /**
     * Marks of the outbox are committed first, in a transaction of their own without a sync to disk: the
     * window between Telegram taking a reply and its mark being safe from a crash of the bot is then a
     * write to the operating system, not a disk sync. A crash of the bot cannot undo such a commit (WAL);
     * a power cut may, and then costs a duplicate, never a lost reply. Saves keep the store's setting. On
     * PostgreSQL the marks' transaction does not wait for the server's disk either (synchronous_commit off).
     */
    private void commit(List<Pending> batch) {
        List<Pending> marks = batch.stream().filter(p -> isMark(p.write())).toList();
        List<Pending> saves = batch.stream().filter(p -> !isMark(p.write())).toList();
        if (!marks.isEmpty()) {
            commit(marks, Synchronous.NORMAL);
        }
        if (!saves.isEmpty()) {
            commit(saves, synchronous);
        }
    }

    private static boolean isMark(Write write) {
        return write instanceof Write.PartsSent || write instanceof Write.Sent || write instanceof Write.Retry
                || write instanceof Write.Dropped || write instanceof Write.Postpone || write instanceof Write.PurgeSent;
    }

    private void commit(List<Pending> batch, Synchronous level) {
        try {
            if (database == Database.SQLITE && level != current) {
                try (Statement st = connection.createStatement()) {
                    st.execute("PRAGMA synchronous = " + level.name());
                }
                current = level;
            }
            begin.execute();
            if (database == Database.POSTGRESQL && level == Synchronous.NORMAL) {
                try (Statement st = connection.createStatement()) {
                    st.execute("SET LOCAL synchronous_commit = off");
                }
            }
            for (Pending p : batch) {
                apply(p.write());
            }
            commit.execute();
            batch.forEach(p -> p.done().complete(null));
        } catch (SQLException | RuntimeException e) {
            try {
                rollback.execute();
            } catch (SQLException failed) {
                log.warn("rollback on {}: {}", file, failed.getMessage());
            }
            StoreException failure = new StoreException("cannot save to " + file + ": " + e.getMessage(), e);
            batch.forEach(p -> p.done().completeExceptionally(failure));
        }
    }

    /** Java 17 has no pattern switch: the sealed interface keeps this chain complete by review. */
    private void apply(Write write) throws SQLException {
        if (write instanceof Write.Save save) {
            upsertSession(save);
            insertEvent(save.stored().session().key(), save.entry());
            insertOutgoing(save.stored().session().key(), save.outgoing());
        } else if (write instanceof Write.Enqueue enqueue) {
            insertOutgoing(enqueue.key(), enqueue.outgoing());
        } else if (write instanceof Write.PartsSent p) {
            update(partsSent, p.parts(), p.id());
        } else if (write instanceof Write.Sent s) {
            update(sent, s.at(), s.id());
        } else if (write instanceof Write.Retry r) {
            retry.setLong(1, r.next());
            retry.setString(2, r.why());
            retry.setLong(3, r.id());
            retry.executeUpdate();
        } else if (write instanceof Write.Dropped d) {
            dropped.setLong(1, d.at());
            dropped.setString(2, d.why());
            dropped.setLong(3, d.id());
            dropped.executeUpdate();
        } else if (write instanceof Write.Postpone p) {
            update(postpone, p.next(), p.id());
        } else if (write instanceof Write.PurgeSent p) {
            purgeSent.setLong(1, p.before());
            int purged = purgeSent.executeUpdate();
            if (purged > 0) {
                log.debug("removed {} sent replies from the outbox", purged);
            }
        }
    }

    private static void update(PreparedStatement statement, long value, long id) throws SQLException {
        statement.setLong(1, value);
        statement.setLong(2, id);
        statement.executeUpdate();
    }

    private void upsertSession(Write.Save save) throws SQLException {
        Stored stored = save.stored();
        ConversationKey key = stored.session().key();
        upsert.setString(1, key.channel());
        upsert.setString(2, key.chatId());
        upsert.setString(3, stored.session().state().name());
        upsert.setString(4, save.json());
        upsert.setLong(5, stored.lastUpdateId());
        upsert.setString(6, stored.session().idleDeadline() == null ? null : stored.session().idleDeadline().toString());
        upsert.setString(7, save.entry().at().toString());
        upsert.setLong(8, stored.lastSupportUpdateId());
        upsert.executeUpdate();
    }

    private void insertEvent(ConversationKey key, LogEntry entry) throws SQLException {
        insertEvent.setString(1, key.channel());
        insertEvent.setString(2, key.chatId());
        insertEvent.setString(3, entry.at().toString());
        insertEvent.setString(4, entry.said());
        insertEvent.setString(5, entry.intent());
        insertEvent.setDouble(6, entry.confidence());
        insertEvent.setString(7, entry.fix());
        insertEvent.setString(8, entry.state());
        insertEvent.setString(9, EventColumns.answered(entry.answered(), entry.reopened()));
        insertEvent.setString(10, entry.began());
        insertEvent.setString(11, entry.offered());
        insertEvent.setString(12, EventColumns.endings(entry.endings()));
        insertEvent.setObject(13, entry.helpful() == null ? null : entry.helpful() ? 1 : 0);
        insertEvent.executeUpdate();
    }

    private void insertOutgoing(ConversationKey key, List<OutboxRow> rows) throws SQLException {
        for (OutboxRow row : rows) {
            insertOutgoing.setString(1, key.channel());
            insertOutgoing.setString(2, key.chatId());
            insertOutgoing.setString(3, row.audience());
            insertOutgoing.setString(4, row.reply());
            insertOutgoing.setString(5, row.supportHeader());
            insertOutgoing.setLong(6, row.copyMessageId());
            insertOutgoing.setLong(7, row.at());
            insertOutgoing.setLong(8, row.at());
            insertOutgoing.executeUpdate();
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("closing {}: {}", file, e.getMessage());
        }
    }
}
