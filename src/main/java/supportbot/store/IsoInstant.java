package supportbot.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * An instant in the text {@link Instant#toString} writes ("2026-12-08T00:14:01.821Z"), written and read without
 * java.time's general formatter: a session holds a dozen of them, read and written for every message, and the
 * formatter took a tenth of a message's handling (JFR on {@code bench --only http}). The same text both ways;
 * anything outside years 1000–9999 or not in that exact form goes through java.time.
 */
final class IsoInstant {
    private IsoInstant() {
    }

    static String write(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (t.getYear() < 1000 || t.getYear() > 9999) {
            return instant.toString();
        }
        StringBuilder out = new StringBuilder(30);
        out.append(t.getYear()).append('-');
        two(out, t.getMonthValue()).append('-');
        two(out, t.getDayOfMonth()).append('T');
        two(out, t.getHour()).append(':');
        two(out, t.getMinute()).append(':');
        two(out, t.getSecond());
        int nanos = instant.getNano();
        if (nanos > 0) {
            // As java.time writes it: milli-, micro- or nanoseconds, whichever the value needs.
            String nine = Integer.toString(1_000_000_000 + nanos).substring(1);
            out.append('.').append(nanos % 1_000_000 == 0 ? nine.substring(0, 3) : nanos % 1_000 == 0 ? nine.substring(0, 6) : nine);
        }
        return out.append('Z').toString();
    }

    static Instant read(String text) {
        int n = text.length();
        if (n < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || text.charAt(16) != ':' || text.charAt(n - 1) != 'Z' || n > 20 && (text.charAt(19) != '.' || n > 30 || n == 21)) {
            return Instant.parse(text);
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        int hour = number(text, 11, 13);
        int minute = number(text, 14, 16);
        int second = number(text, 17, 19);
        int fraction = n > 20 ? number(text, 20, n - 1) : 0;
        if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || fraction < 0) {
            return Instant.parse(text);
        }
        for (int digits = n > 20 ? n - 21 : 9; digits < 9; digits++) {
            fraction *= 10;
        }
        long days = LocalDate.of(year, month, day).toEpochDay();   // refuses the 31st of a short month
        return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, fraction);
    }

    private static StringBuilder two(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** The decimal number in text[from, to), or a negative number when a character is not a digit. */
    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Integer.MIN_VALUE / 2;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
