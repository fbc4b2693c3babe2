package supportbot.store;

import java.sql.SQLException;
import java.util.Set;

/**
 * The store cannot save or read now, but may later: a full disk, a database server that is down, restarting or
 * read-only. What was asked was not done; asked again once the store is back, it will be. A failure that
 * would repeat for the same data (a constraint, a value out of range) is a plain {@link StoreException}.
 */
public final class StoreUnavailableException extends StoreException {
    /** SQLite's result codes for data the database refuses as such: TOOBIG, CONSTRAINT, MISMATCH, RANGE. */
    private static final Set<Integer> SQLITE_REFUSES_THE_DATA = Set.of(18, 19, 20, 25);

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code message} names what failed; the exception is an unavailable store unless the data itself is refused. */
    static StoreException of(String message, SQLException e) {
        return refusesTheData(e) ? new StoreException(message, e) : new StoreUnavailableException(message, e);
    }

    /** PostgreSQL's classes 22 (data exception) and 23 (integrity), SQLite's codes for the same. */
    static boolean refusesTheData(SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
            return true;
        }
        return e instanceof org.sqlite.SQLiteException sqlite
                && SQLITE_REFUSES_THE_DATA.contains(sqlite.getResultCode().code & 0xff);
    }
}
