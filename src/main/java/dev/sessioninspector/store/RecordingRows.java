package dev.sessioninspector.store;

import dev.sessioninspector.model.Recording;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for the {@code recordings} table. */
final class RecordingRows {
    private static final String COLUMNS = "id, name, target, started_ns, ended_ns";

    private RecordingRows() {
    }

    static Recording insert(Connection c, Recording r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO recordings (name, target, started_ns, ended_ns) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, r.name());
            ps.setString(2, Sql.text(r.target()));
            ps.setLong(3, Sql.nanos(r.started()));
            Sql.setNullableInstant(ps, 4, r.ended());
            ps.executeUpdate();
            return r.withId(EventRows.generatedId(ps));
        }
    }

    static boolean end(Connection c, long id, Instant ended) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE recordings SET ended_ns = ? WHERE id = ?")) {
            ps.setLong(1, Sql.nanos(ended));
            ps.setLong(2, id);
            return ps.executeUpdate() > 0;
        }
    }

    static List<Recording> all(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM recordings ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            List<Recording> list = new ArrayList<>();
            while (rs.next()) {
                list.add(Sql.row("recordings", rs, RecordingRows::read));
            }
            return list;
        }
    }

    static Optional<Recording> one(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM recordings WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Sql.row("recordings", rs, RecordingRows::read)) : Optional.empty();
            }
        }
    }

    private static Recording read(ResultSet rs) throws SQLException {
        return new Recording(rs.getLong("id"), rs.getString("name"), Sql.nullableUri(rs.getString("target")),
                Sql.instant(rs.getLong("started_ns")), Sql.nullableInstant(rs, "ended_ns"));
    }
}
