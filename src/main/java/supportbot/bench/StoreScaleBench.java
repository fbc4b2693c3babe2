package supportbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Locale;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Session;
import supportbot.store.LogEntry;
import supportbot.store.SessionStore;
import supportbot.store.SessionStore.Stored;
import supportbot.store.SqliteSessionStore;

/** Whether a full store slows the bot: save and load latency with few conversations and with many stored. */
final class StoreScaleBench {
    private StoreScaleBench() {
    }

    static String run(Path dir, Session sample, int stored, SqliteSessionStore.Synchronous sync) throws Exception {
        StringBuilder out = new StringBuilder();
        try (SessionStore store = SqliteSessionStore.open(dir, sync, java.time.Duration.ofDays(90), Instant.now())) {
            out.append("  with ").append(String.format(Locale.ROOT, "%,d", 1_000)).append(" stored: ")
                    .append(measure(store, sample, "small")).append('\n');
        }
        bulkInsert(dir.resolve("supportbot.db"), sample, stored);
        try (SessionStore store = SqliteSessionStore.open(dir, sync, java.time.Duration.ofDays(90), Instant.now())) {
            out.append(String.format(Locale.ROOT, "  with %,d stored: ", stored)).append(measure(store, sample, "large")).append('\n');
        }
        long bytes = Files.size(dir.resolve("supportbot.db"));
        out.append(String.format(Locale.ROOT, "  database file %,d bytes for %,d conversations (sessions only)%n", bytes, stored + 2_000));
        return out.toString();
    }

    /** 1,000 fresh saves then 1,000 loads, one at a time: the latency one message sees. */
    private static String measure(SessionStore store, Session sample, String tag) {
        Latencies saves = new Latencies();
        Latencies loads = new Latencies();
        for (int i = 0; i < 1_000; i++) {
            ConversationKey key = new ConversationKey("bench-" + tag, String.valueOf(i));
            Session session = copy(sample, key);
            long t0 = System.nanoTime();
            store.save(Stored.fresh(session), new LogEntry(key, Instant.now(), "x", null, 0, null, "ON_STEP", java.util.List.of(), java.util.List.of(), null, null, java.util.List.of(), null));
            saves.add(System.nanoTime() - t0);
        }
        for (int i = 0; i < 1_000; i++) {
            long t0 = System.nanoTime();
            store.load(new ConversationKey("bench-" + tag, String.valueOf(i)));
            loads.add(System.nanoTime() - t0);
        }
        return "save " + saves.summary("50", "99") + "; load " + loads.summary("50", "99");
    }

    private static Session copy(Session s, ConversationKey key) {
        return new Session(key, s.state(), s.turn(), s.intent(), s.problem(), s.confidence(), s.plan(), s.fix(), s.variant(),
                s.attempts(), s.options(), s.lastSeen(), s.idleDeadline(), s.aside(), s.firstAttempt(), s.other(), s.pending(), s.said(),
                s.explained());
    }

    /** Fills the sessions table fast: big transactions, no event log, straight SQL. */
    private static void bulkInsert(Path db, Session sample, int count) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT OR REPLACE INTO sessions (channel, chat_id, state, session, last_update_id, idle_deadline, updated_at) "
                            + "VALUES ('filler', ?, ?, ?, -1, NULL, ?)")) {
                String json = new com.google.gson.GsonBuilder()
                        .registerTypeAdapter(Instant.class, (com.google.gson.JsonSerializer<Instant>)
                                (v, t, ctx) -> new com.google.gson.JsonPrimitive(v.toString()))
                        .create().toJson(sample);
                for (int i = 0; i < count; i++) {
                    insert.setString(1, String.valueOf(i));
                    insert.setString(2, sample.state().name());
                    insert.setString(3, json);
                    insert.setString(4, Instant.now().toString());
                    insert.addBatch();
                    if (i % 10_000 == 9_999) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
                insert.executeBatch();
                c.commit();
            }
        }
    }
}
