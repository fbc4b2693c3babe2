package supportbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private static final Duration SAVE_TIMEOUT = Duration.ofSeconds(30);

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

    /**
     * A write and its outcome. {@code taken}: set by whichever comes first, the writer taking it into a batch
     * or its caller giving up on it, so a write given up on is never committed later behind the caller's back.
     */
    private record Pending(Write write, CompletableFuture<Void> done, java.util.concurrent.atomic.AtomicBoolean taken) {
        Pending(Write write) {
            this(write, new CompletableFuture<>(), new java.util.concurrent.atomic.AtomicBoolean());
        }

        boolean take() {
            return taken.compareAndSet(false, true);
        }
    }

    /** How long a caller whose write is already being committed waits for the outcome before calling it unknown. */
    private static final int COMMITTING_TIMEOUT_SECONDS = 300;

    private final Database database;
    private final String file;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    /** The writing connection and its statements; null after a failed transaction until the next one opens another. */
    private volatile Statements st;
    private final ConnectionSource reconnect;
    private final Duration saveTimeout;
    private final Thread thread;
    private volatile boolean running = true;
    /** The store's durability for saves, and the setting the connection has now (changed only on the writer thread). */
    private final Synchronous synchronous;
    private Synchronous current;
    /** Why the last transaction failed; null once one commits again. Read by readiness checks on other threads. */
    private volatile String failing;
    private long failedSince;

    /**
     * {@code synchronous}: SQLite's durability for saves; PostgreSQL's is the server's synchronous_commit.
     * {@code reconnect}: the writing connection, and a new one after a transaction failed, so that the store
     * works again once the database can take writes.
     */
    GroupCommitWriter(ConnectionSource reconnect, Database database, String file, Synchronous synchronous) throws SQLException {
        this(reconnect, database, file, synchronous, SAVE_TIMEOUT);
    }

    /** {@code saveTimeout}: how long a caller waits for its write to be taken into a transaction. */
    GroupCommitWriter(ConnectionSource reconnect, Database database, String file, Synchronous synchronous,
                      Duration saveTimeout) throws SQLException {
        this.reconnect = reconnect;
        this.saveTimeout = saveTimeout;
        this.database = database;
        this.file = file;
        this.synchronous = synchronous;
        this.st = connect();
        thread = new Thread(this::run, "store-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Returns once the write is committed; throws if it could not be. */
    void write(Write write) {
        if (!running) {
            throw new StoreException("the conversation store " + file + " is closed");
        }
        Pending pending = new Pending(write);
        queue.add(pending);
        try {
            try {
                pending.done().get(saveTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                if (pending.take()) {
                    throw new StoreUnavailableException("saving to " + file + " took over " + saveTimeout.toSeconds() + " s; not saved", e);
                }
                // Already in a transaction: its outcome decides, and only it.
                pending.done().get(COMMITTING_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (java.util.concurrent.TimeoutException e) {
            // Tried again, a save that did commit is dropped as a repeat of its update.
            throw new StoreUnavailableException("saving to " + file + " did not finish in " + COMMITTING_TIMEOUT_SECONDS
                    + " s; whether it was saved is unknown", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (pending.take()) {
                throw new StoreUnavailableException("interrupted while saving to " + file + "; not saved", e);
            }
            throw new StoreUnavailableException("interrupted while saving to " + file + "; whether it was saved is unknown", e);
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
                batch.removeIf(p -> !p.take());   // given up on by its caller: never written
                if (!batch.isEmpty()) {
                    commit(batch);
                }
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
            if (st == null) {
                st = connect();
                makeRoom();
            }
            if (database == Database.SQLITE && level != current) {
                try (Statement pragma = st.connection().createStatement()) {
                    pragma.execute("PRAGMA synchronous = " + level.name());
                }
                current = level;
            }
            st.begin().execute();
            if (database == Database.POSTGRESQL && level == Synchronous.NORMAL) {
                try (Statement pragma = st.connection().createStatement()) {
                    pragma.execute("SET LOCAL synchronous_commit = off");
                }
            }
            for (Pending p : batch) {
                apply(p.write());
            }
            st.commit().execute();
            savesWork();
            batch.forEach(p -> p.done().complete(null));
        } catch (SQLException | RuntimeException e) {
            dropConnection();
            boolean unavailable = e instanceof SQLException sql && StoreUnavailableException.isUnavailable(sql);
            if (!unavailable && batch.size() > 1) {
                // One write the database refuses (or that fails in our code) must not take the others of its batch down.
                batch.forEach(p -> commit(List.of(p), level));
                return;
            }
            StoreException failure = e instanceof SQLException sql
                    ? StoreUnavailableException.of("cannot save to " + file + ": " + e.getMessage(), sql)
                    : new StoreException("cannot save to " + file + ": " + e, e);
            if (unavailable) {
                savesFail(e);
            }
            batch.forEach(p -> p.done().completeExceptionally(failure));
        }
    }

    private Statements connect() throws SQLException {
        Connection fresh = reconnect.open();
        try {
            current = null;
            return Statements.prepare(fresh, database);
        } catch (SQLException | RuntimeException e) {
            fresh.close();
            throw e;
        }
    }

    /**
     * After a failure on SQLite, its WAL is checkpointed into the database and emptied first. On a disk that
     * ran full the WAL is what took the space (SQLite checkpoints on its own only once it holds 1,000 pages),
     * and each retry would grow it again; emptied, it leaves room for the waiting saves. On a disk still full
     * the checkpoint fails too, and the next try does it again.
     */
    private void makeRoom() {
        if (database != Database.SQLITE || failing == null) {
            return;
        }
        try (Statement checkpoint = st.connection().createStatement()) {
            checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            log.debug("checkpoint of {}: {}", file, e.getMessage());
        }
    }

    /**
     * After a failed transaction the connection's state is not to be trusted: SQLite may or may not have rolled
     * back on a full disk, and a ROLLBACK on it can fail too, leaving every later BEGIN "within a transaction".
     * So the connection is closed, and the next batch opens a new one: the store works again as soon as the
     * database can take writes, without a restart.
     */
    private void dropConnection() {
        if (st == null) {
            return;
        }
        try (Statement rollback = st.connection().createStatement()) {
            rollback.execute("ROLLBACK");
        } catch (SQLException e) {
            // not in a transaction any more, or the connection is broken: it is closed either way
        }
        try {
            st.connection().close();
        } catch (SQLException e) {
            log.debug("closing the failed connection to {}: {}", file, e.getMessage());
        }
        st = null;
    }

    /** The first failure of a run is logged, not every one: a full disk fails every save until there is room. */
    private void savesFail(Exception e) {
        if (failing == null) {
            log.error("saves to {} fail: {}; messages wait until they can be saved", file, e.getMessage());
        }
        failing = database.name().toLowerCase(java.util.Locale.ROOT) + " cannot save: " + e.getMessage();
        failedSince = failedSince == 0 ? System.nanoTime() : failedSince;
    }

    private void savesWork() {
        if (failing != null) {
            log.info("saves to {} work again after {} s", file, (System.nanoTime() - failedSince) / 1_000_000_000);
            failing = null;
            failedSince = 0;
        }
    }

    /** Why saves fail now (naming the database, not where it is), or empty while the last one worked. */
    Optional<String> problem() {
        return Optional.ofNullable(failing);
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
            update(st.partsSent(), p.parts(), p.id());
        } else if (write instanceof Write.Sent s) {
            update(st.sent(), s.at(), s.id());
        } else if (write instanceof Write.Retry r) {
            st.retry().setLong(1, r.next());
            st.retry().setString(2, r.why());
            st.retry().setLong(3, r.id());
            st.retry().executeUpdate();
        } else if (write instanceof Write.Dropped d) {
            st.dropped().setLong(1, d.at());
            st.dropped().setString(2, d.why());
            st.dropped().setLong(3, d.id());
            st.dropped().executeUpdate();
        } else if (write instanceof Write.Postpone p) {
            update(st.postpone(), p.next(), p.id());
        } else if (write instanceof Write.PurgeSent p) {
            st.purgeSent().setLong(1, p.before());
            int purged = st.purgeSent().executeUpdate();
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
        st.upsert().setString(1, key.channel());
        st.upsert().setString(2, key.chatId());
        st.upsert().setString(3, stored.session().state().name());
        st.upsert().setString(4, save.json());
        st.upsert().setLong(5, stored.lastUpdateId());
        st.upsert().setString(6, stored.session().idleDeadline() == null ? null : stored.session().idleDeadline().toString());
        st.upsert().setString(7, save.entry().at().toString());
        st.upsert().setLong(8, stored.lastSupportUpdateId());
        st.upsert().executeUpdate();
    }

    private void insertEvent(ConversationKey key, LogEntry entry) throws SQLException {
        st.insertEvent().setString(1, key.channel());
        st.insertEvent().setString(2, key.chatId());
        st.insertEvent().setString(3, entry.at().toString());
        st.insertEvent().setString(4, entry.said());
        st.insertEvent().setString(5, entry.intent());
        st.insertEvent().setDouble(6, entry.confidence());
        st.insertEvent().setString(7, entry.fix());
        st.insertEvent().setString(8, entry.state());
        st.insertEvent().setString(9, EventColumns.answered(entry.answered(), entry.reopened()));
        st.insertEvent().setString(10, entry.began());
        st.insertEvent().setString(11, entry.offered());
        st.insertEvent().setString(12, EventColumns.endings(entry.endings()));
        st.insertEvent().setObject(13, entry.helpful() == null ? null : entry.helpful() ? 1 : 0);
        st.insertEvent().executeUpdate();
    }

    private void insertOutgoing(ConversationKey key, List<OutboxRow> rows) throws SQLException {
        for (OutboxRow row : rows) {
            st.insertOutgoing().setString(1, key.channel());
            st.insertOutgoing().setString(2, key.chatId());
            st.insertOutgoing().setString(3, row.audience());
            st.insertOutgoing().setString(4, row.reply());
            st.insertOutgoing().setString(5, row.supportHeader());
            st.insertOutgoing().setLong(6, row.copyMessageId());
            st.insertOutgoing().setLong(7, row.at());
            st.insertOutgoing().setLong(8, row.at());
            st.insertOutgoing().executeUpdate();
        }
    }

    /** Where the writer gets a new connection after its own broke. */
    interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private record Statements(Connection connection, PreparedStatement upsert, PreparedStatement insertEvent,
                              PreparedStatement insertOutgoing, PreparedStatement partsSent, PreparedStatement sent,
                              PreparedStatement retry, PreparedStatement dropped, PreparedStatement postpone,
                              PreparedStatement purgeSent, PreparedStatement begin, PreparedStatement commit) {
        static Statements prepare(Connection c, Database database) throws SQLException {
            PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO sessions (channel, chat_id, state, session, last_update_id, idle_deadline, updated_at,
                      last_support_update_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (channel, chat_id) DO UPDATE SET state = excluded.state, session = excluded.session,
                      last_update_id = excluded.last_update_id, idle_deadline = excluded.idle_deadline,
                      updated_at = excluded.updated_at, last_support_update_id = excluded.last_support_update_id""");
            PreparedStatement insertEvent = c.prepareStatement("""
                    INSERT INTO events (channel, chat_id, at, said, intent, confidence, fix, state, outcome,
                      began, offered, ending, helpful)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            PreparedStatement insertOutgoing = c.prepareStatement("""
                    INSERT INTO outbox (channel, chat_id, audience, reply, support_header, copy_message_id, created_at,
                      next_attempt_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
            PreparedStatement partsSent = c.prepareStatement("UPDATE outbox SET parts_sent = ? WHERE id = ?");
            PreparedStatement sent = c.prepareStatement("UPDATE outbox SET sent_at = ?, last_error = NULL WHERE id = ?");
            PreparedStatement retry = c.prepareStatement(
                    "UPDATE outbox SET next_attempt_at = ?, attempts = attempts + 1, last_error = ? WHERE id = ?");
            PreparedStatement dropped = c.prepareStatement("UPDATE outbox SET dropped_at = ?, last_error = ? WHERE id = ?");
            PreparedStatement postpone = c.prepareStatement("UPDATE outbox SET next_attempt_at = ? WHERE id = ?");
            PreparedStatement purgeSent = c.prepareStatement("DELETE FROM outbox WHERE sent_at < ?");
            // SQLite takes the write lock at once (IMMEDIATE), so another process waits instead of failing on a lock upgrade.
            PreparedStatement begin = c.prepareStatement(database == Database.SQLITE ? "BEGIN IMMEDIATE" : "BEGIN");
            PreparedStatement commit = c.prepareStatement("COMMIT");
            return new Statements(c, upsert, insertEvent, insertOutgoing, partsSent, sent, retry, dropped, postpone,
                    purgeSent, begin, commit);
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
        if (st != null) {
            try {
                st.connection().close();
            } catch (SQLException e) {
                log.warn("closing {}: {}", file, e.getMessage());
            }
        }
    }
}
