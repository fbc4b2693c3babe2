package supportbot.store;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * The store cannot save or read now, but will later: a full disk, a database server that is down, restarting,
 * read-only or too slow to answer. What was asked was not done; asked again once the store is back, it will be.
 * Any other failure (a constraint, a value out of range, a bug) would repeat for the same data: it is a plain
 * {@link StoreException}, and retrying it would hold up the conversation for nothing.
 */
public final class StoreUnavailableException extends StoreException {
    /** SQLite's primary result codes of a database that cannot write now: BUSY, LOCKED, NOMEM, READONLY, INTERRUPT, IOERR, FULL, CANTOPEN, PROTOCOL. */
    private static final Set<Integer> SQLITE_UNAVAILABLE = Set.of(5, 6, 7, 8, 9, 10, 13, 14, 15);
    /** PostgreSQL's SQLSTATE classes of the same: connection, insufficient resources, operator intervention, system error. */
    private static final Set<String> POSTGRESQL_UNAVAILABLE_CLASSES = Set.of("08", "53", "57", "58");
    /** And single states: read-only transaction, serialization failure, deadlock, lock not available. */
    private static final Set<String> POSTGRESQL_UNAVAILABLE_STATES = Set.of("25006", "40001", "40P01", "55P03");

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The exception for {@code e}: an unavailable store when {@link #isUnavailable} says so, else a plain one. */
    static StoreException of(String message, SQLException e) {
        return isUnavailable(e) ? new StoreUnavailableException(message, e) : new StoreException(message, e);
    }

    /** Whether {@code e} says the database cannot do it now (rather than that it refuses this data). */
    static boolean isUnavailable(SQLException e) {
        if (e instanceof org.sqlite.SQLiteException sqlite) {
            return SQLITE_UNAVAILABLE.contains(sqlite.getResultCode().code & 0xff);
        }
        String state = e.getSQLState();
        if (state != null && state.length() == 5) {
            return POSTGRESQL_UNAVAILABLE_CLASSES.contains(state.substring(0, 2)) || POSTGRESQL_UNAVAILABLE_STATES.contains(state);
        }
        return e instanceof SQLTransientException || e instanceof SQLRecoverableException;
    }
}
