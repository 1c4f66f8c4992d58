package dev.sessioninspector.store;

import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;

/** Column conversions shared by the row classes: instants and durations as nanoseconds, nullable values. */
final class Sql {
    private Sql() {
    }

    /** Reads one row into a value. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** A row that does not make a valid value (the file was changed outside the app): names its table and id. */
    static final class BadRowException extends RuntimeException {
        BadRowException(String table, long id, RuntimeException cause) {
            super(table + " row " + id + " is not valid (changed outside session-inspector?): " + reason(cause), cause);
        }

        private static String reason(RuntimeException e) {
            String m = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
            if (m.startsWith("No enum constant ")) {
                String constant = m.substring("No enum constant ".length());
                String[] parts = constant.split("\\.");
                m = "unknown " + (parts.length > 1 ? parts[parts.length - 2] : "value") + " '"
                        + parts[parts.length - 1] + "'";
            }
            return m.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
        }
    }

    /** {@code reader} on the current row; a value it rejects becomes a {@link BadRowException}. */
    static <T> T row(String table, ResultSet rs, RowReader<T> reader) throws SQLException {
        try {
            return reader.read(rs);
        } catch (RuntimeException e) {
            throw new BadRowException(table, rs.getLong("id"), e);
        }
    }

    /** Nanoseconds since the epoch: exact, and sorts as time does. */
    static long nanos(Instant t) {
        try {
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("time out of the storable range (1677..2262): " + t, e);
        }
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    static long nanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("duration too long to store: " + d, e);
        }
    }

    static void setNullableLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    static void setNullableInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        setNullableLong(ps, index, value == null ? null : nanos(value));
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        Long v = nullableLong(rs, column);
        return v == null ? null : instant(v);
    }

    static URI nullableUri(String text) {
        return text == null ? null : URI.create(text);
    }

    static String text(URI uri) {
        return uri == null ? null : uri.toString();
    }
}
