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
