package supportbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Only a store that cannot work now is retried; a failure that would repeat for the same data is not. */
class StoreUnavailableExceptionTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new SQLiteException("disk full", SQLiteErrorCode.SQLITE_FULL), true),
                Arguments.of(new SQLiteException("io", SQLiteErrorCode.SQLITE_IOERR_WRITE), true),
                Arguments.of(new SQLiteException("busy", SQLiteErrorCode.SQLITE_BUSY), true),
                Arguments.of(new SQLiteException("read-only file system", SQLiteErrorCode.SQLITE_READONLY), true),
                Arguments.of(new SQLiteException("unique", SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE), false),
                Arguments.of(new SQLiteException("too big", SQLiteErrorCode.SQLITE_TOOBIG), false),
                Arguments.of(new SQLiteException("no such table", SQLiteErrorCode.SQLITE_ERROR), false),
                Arguments.of(new SQLiteException("damaged", SQLiteErrorCode.SQLITE_CORRUPT), false),
                Arguments.of(new SQLException("connection refused", "08001"), true),
                Arguments.of(new SQLException("disk full", "53100"), true),
                Arguments.of(new SQLException("terminating connection due to administrator command", "57P01"), true),
                Arguments.of(new SQLException("cannot execute INSERT in a read-only transaction", "25006"), true),
                Arguments.of(new SQLException("deadlock detected", "40P01"), true),
                Arguments.of(new SQLException("duplicate key", "23505"), false),
                Arguments.of(new SQLException("value too long", "22001"), false),
                Arguments.of(new SQLException("relation does not exist", "42P01"), false),
                Arguments.of(new SQLTransientConnectionException("pool - connection is not available, request timed out"), true),
                Arguments.of(new SQLException("something else"), false));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void onlyAStoreThatCannotWorkNowIsUnavailable(SQLException failure, boolean unavailable) {
        assertThat(StoreUnavailableException.isUnavailable(failure)).as(failure.getMessage()).isEqualTo(unavailable);
        assertThat(StoreUnavailableException.of("cannot save", failure) instanceof StoreUnavailableException).isEqualTo(unavailable);
    }
}
