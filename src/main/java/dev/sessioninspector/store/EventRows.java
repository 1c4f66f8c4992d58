package dev.sessioninspector.store;

import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.StorageSnapshot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** SQL for the {@code cookie_events}, {@code markers} and {@code storage_snapshots} tables. */
final class EventRows {
    private EventRows() {
    }

    static long insert(Connection c, CookieEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cookie_events (recording_id, time_ns, kind,"
                + " source, name, cookie, previous, exchange_id, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, e.recordingId());
            ps.setLong(2, Sql.nanos(e.time()));
            ps.setString(3, e.kind().name());
            ps.setString(4, e.source().name());
            ps.setString(5, e.cookie().name());
            ps.setString(6, JsonColumns.cookie(e.cookie()));
            ps.setString(7, JsonColumns.cookie(e.previous()));
            Sql.setNullableLong(ps, 8, e.exchangeId());
            ps.setString(9, Sql.text(e.url()));
            ps.executeUpdate();
            return generatedId(ps);
        }
    }

    static long insert(Connection c, Marker m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO markers (recording_id, time_ns, kind, source,"
                + " label, exchange_id) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, m.recordingId());
            ps.setLong(2, Sql.nanos(m.time()));
            ps.setString(3, m.kind().name());
            ps.setString(4, m.source().name());
            ps.setString(5, m.label());
            Sql.setNullableLong(ps, 6, m.exchangeId());
            ps.executeUpdate();
            return generatedId(ps);
        }
    }

    static long insert(Connection c, StorageSnapshot s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO storage_snapshots (recording_id, time_ns, origin,"
                + " area, entries) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, s.recordingId());
            ps.setLong(2, Sql.nanos(s.time()));
            ps.setString(3, s.origin());
            ps.setString(4, s.area().name());
            ps.setString(5, JsonColumns.entries(s.entries()));
            ps.executeUpdate();
            return generatedId(ps);
        }
    }

    static List<CookieEvent> cookieEvents(Connection c, long recordingId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, recording_id, time_ns, kind, source, cookie,"
                + " previous, exchange_id, url FROM cookie_events WHERE recording_id = ? ORDER BY time_ns, id")) {
            ps.setLong(1, recordingId);
            List<CookieEvent> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(Sql.row("cookie_events", rs, r -> new CookieEvent(rs.getLong("id"), rs.getLong("recording_id"),
                            Sql.instant(rs.getLong("time_ns")), CookieEvent.Kind.valueOf(rs.getString("kind")),
                            CookieEvent.Source.valueOf(rs.getString("source")),
                            JsonColumns.cookie(rs.getString("cookie")), JsonColumns.cookie(rs.getString("previous")),
                            Sql.nullableLong(rs, "exchange_id"), Sql.nullableUri(rs.getString("url")))));
                }
            }
            return list;
        }
    }

    static List<Marker> markers(Connection c, long recordingId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, recording_id, time_ns, kind, source, label,"
                + " exchange_id FROM markers WHERE recording_id = ? ORDER BY time_ns, id")) {
            ps.setLong(1, recordingId);
            List<Marker> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(Sql.row("markers", rs, r -> new Marker(rs.getLong("id"), rs.getLong("recording_id"),
                            Sql.instant(rs.getLong("time_ns")), Marker.Kind.valueOf(rs.getString("kind")),
                            Marker.Source.valueOf(rs.getString("source")), rs.getString("label"),
                            Sql.nullableLong(rs, "exchange_id"))));
                }
            }
            return list;
        }
    }

    static List<StorageSnapshot> storage(Connection c, long recordingId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, recording_id, time_ns, origin, area, entries"
                + " FROM storage_snapshots WHERE recording_id = ? ORDER BY time_ns, id")) {
            ps.setLong(1, recordingId);
            List<StorageSnapshot> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(Sql.row("storage_snapshots", rs, r -> new StorageSnapshot(rs.getLong("id"), rs.getLong("recording_id"),
                            Sql.instant(rs.getLong("time_ns")), rs.getString("origin"),
                            StorageSnapshot.Area.valueOf(rs.getString("area")),
                            JsonColumns.entries(rs.getString("entries")))));
                }
            }
            return list;
        }
    }

    static long generatedId(Statement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no id generated");
            }
            return keys.getLong(1);
        }
    }
}
