package dev.sessioninspector.store;

import dev.sessioninspector.model.AnalysisSettings;
import dev.sessioninspector.model.ProbeRecord;
import dev.sessioninspector.model.TokenSample;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * SQL for what a recording was judged with: the {@code probe_verdicts}, {@code token_samples} and
 * {@code analysis_settings} tables (schema version 2). On an older file, read only, they read as empty.
 */
final class VerdictRows {
    private VerdictRows() {
    }

    static long insert(Connection c, ProbeRecord p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO probe_verdicts (recording_id, time_ns, kind,"
                + " cookie, exchanges, verdict, detail) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, p.recordingId());
            ps.setLong(2, Sql.nanos(p.time()));
            ps.setString(3, p.kind());
            ps.setString(4, p.cookie());
            ps.setString(5, JsonColumns.longs(p.exchanges()));
            ps.setString(6, p.verdict());
            ps.setString(7, p.detail());
            ps.executeUpdate();
            return EventRows.generatedId(ps);
        }
    }

    static List<ProbeRecord> probes(Connection c, long recordingId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, recording_id, time_ns, kind, cookie, exchanges,"
                + " verdict, detail FROM probe_verdicts WHERE recording_id = ? ORDER BY id")) {
            ps.setLong(1, recordingId);
            List<ProbeRecord> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new ProbeRecord(rs.getLong("id"), rs.getLong("recording_id"),
                            Sql.instant(rs.getLong("time_ns")), rs.getString("kind"), rs.getString("cookie"),
                            JsonColumns.longs(rs.getString("exchanges")), rs.getString("verdict"),
                            rs.getString("detail")));
                }
            }
            return list;
        }
    }

    static long insert(Connection c, long recordingId, TokenSample s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO token_samples (recording_id, collected_ns, name,"
                + " source, tokens) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, recordingId);
            ps.setLong(2, Sql.nanos(s.collected()));
            ps.setString(3, s.name());
            ps.setString(4, s.source());
            ps.setString(5, JsonColumns.strings(s.tokens()));
            ps.executeUpdate();
            return EventRows.generatedId(ps);
        }
    }

    static List<TokenSample> samples(Connection c, long recordingId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT collected_ns, name, source, tokens FROM token_samples"
                + " WHERE recording_id = ? ORDER BY id")) {
            ps.setLong(1, recordingId);
            List<TokenSample> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new TokenSample(rs.getString("name"), rs.getString("source"),
                            Sql.instant(rs.getLong("collected_ns")), JsonColumns.strings(rs.getString("tokens"))));
                }
            }
            return list;
        }
    }

    static void upsert(Connection c, long recordingId, AnalysisSettings s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO analysis_settings (recording_id,"
                + " authenticated_url, idle_max_ms, absolute_max_ms, session_cookies) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, recordingId);
            ps.setString(2, Sql.text(s.authenticatedUrl()));
            setMillis(ps, 3, s.idleMax());
            setMillis(ps, 4, s.absoluteMax());
            ps.setString(5, JsonColumns.strings(s.sessionCookies().stream().sorted().toList()));
            ps.executeUpdate();
        }
    }

    static Optional<AnalysisSettings> settings(Connection c, long recordingId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT authenticated_url, idle_max_ms, absolute_max_ms,"
                + " session_cookies FROM analysis_settings WHERE recording_id = ?")) {
            ps.setLong(1, recordingId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new AnalysisSettings(Sql.nullableUri(rs.getString("authenticated_url")),
                        millis(rs, "idle_max_ms"), millis(rs, "absolute_max_ms"),
                        new LinkedHashSet<>(JsonColumns.strings(rs.getString("session_cookies")))));
            }
        }
    }

    private static void setMillis(PreparedStatement ps, int index, Duration d) throws SQLException {
        if (d == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, d.toMillis());
        }
    }

    private static Duration millis(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() || v <= 0 ? null : Duration.ofMillis(v);
    }
}
