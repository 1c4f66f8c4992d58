package dev.sessioninspector.store;

import dev.sessioninspector.model.Body;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.Initiator;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for the {@code exchanges} and {@code bodies} tables. */
final class ExchangeRows {
    private static final String COLUMNS = "id, recording_id, start_ns, duration_ns, method, url, request_headers,"
            + " request_body_size, status, response_headers, response_body_size, response_type, initiator,"
            + " redirect_of, error";
    private static final String SUMMARY_COLUMNS = "id, recording_id, start_ns, duration_ns, method, url,"
            + " request_body_size, status, response_body_size, response_type, initiator, redirect_of, error";

    private ExchangeRows() {
    }

    static void insert(Connection c, Exchange e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO exchanges (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, e.id());
            ps.setLong(2, e.recordingId());
            ps.setLong(3, Sql.nanos(e.start()));
            ps.setLong(4, Sql.nanos(e.duration()));
            ps.setString(5, e.method());
            ps.setString(6, e.url().toString());
            ps.setString(7, JsonColumns.headers(e.requestHeaders()));
            ps.setLong(8, e.requestBody().originalSize());
            ps.setInt(9, e.status());
            ps.setString(10, JsonColumns.headers(e.responseHeaders()));
            ps.setLong(11, e.responseBody().originalSize());
            ps.setString(12, e.responseHeaders().first("Content-Type").orElse(null));
            ps.setString(13, e.initiator().name());
            Sql.setNullableLong(ps, 14, e.redirectOf());
            ps.setString(15, e.error());
            ps.executeUpdate();
        }
        insertBody(c, e.id(), "request", e.requestBody());
        insertBody(c, e.id(), "response", e.responseBody());
    }

    private static void insertBody(Connection c, long exchangeId, String part, Body body) throws SQLException {
        if (body.keptSize() == 0) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO bodies (exchange_id, part, data) VALUES (?, ?, ?)")) {
            ps.setLong(1, exchangeId);
            ps.setString(2, part);
            ps.setBytes(3, body.bytes());
            ps.executeUpdate();
        }
    }

    static long maxId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(id), 0) FROM exchanges");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static int count(Connection c, long recordingId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM exchanges WHERE recording_id = ?")) {
            ps.setLong(1, recordingId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** One page of a recording's exchanges in time order, without headers or bodies. */
    static List<ExchangeSummary> summaries(Connection c, long recordingId, int offset, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SUMMARY_COLUMNS
                + " FROM exchanges WHERE recording_id = ? ORDER BY start_ns, id LIMIT ? OFFSET ?")) {
            ps.setLong(1, recordingId);
            ps.setInt(2, limit);
            ps.setInt(3, offset);
            List<ExchangeSummary> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(Sql.row("exchanges", rs, r -> new ExchangeSummary(rs.getLong("id"), rs.getLong("recording_id"),
                            Sql.instant(rs.getLong("start_ns")), Duration.ofNanos(rs.getLong("duration_ns")),
                            rs.getString("method"), URI.create(rs.getString("url")), rs.getInt("status"),
                            rs.getLong("request_body_size"), rs.getLong("response_body_size"),
                            rs.getString("response_type"), Initiator.valueOf(rs.getString("initiator")),
                            Sql.nullableLong(rs, "redirect_of"), rs.getString("error"))));
                }
            }
            return list;
        }
    }

    /**
     * One page of a recording's exchanges in time order with their headers, the bodies table left unread (each
     * body empty with its original size).
     */
    static List<Exchange> withoutBodies(Connection c, long recordingId, int offset, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM exchanges WHERE recording_id = ? ORDER BY start_ns, id LIMIT ? OFFSET ?")) {
            ps.setLong(1, recordingId);
            ps.setInt(2, limit);
            ps.setInt(3, offset);
            List<Exchange> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(Sql.row("exchanges", rs, r -> read(rs, Map.of())));
                }
            }
            return list;
        }
    }

    static Optional<Exchange> one(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM exchanges WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Map<Long, byte[][]> bodies = bodies(c, "exchange_id = ?", id);
                return Optional.of(Sql.row("exchanges", rs, r -> read(r, bodies)));
            }
        }
    }

    /** Every exchange of a recording with its bodies, in time order. */
    static List<Exchange> all(Connection c, long recordingId) throws SQLException {
        Map<Long, byte[][]> bodies = bodies(c,
                "exchange_id IN (SELECT id FROM exchanges WHERE recording_id = ?)", recordingId);
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM exchanges WHERE recording_id = ? ORDER BY start_ns, id")) {
            ps.setLong(1, recordingId);
            List<Exchange> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(Sql.row("exchanges", rs, r -> read(r, bodies)));
                }
            }
            return list;
        }
    }

    /** The kept bytes of one body, or empty when the exchange or that body does not exist. */
    static Optional<byte[]> body(Connection c, long exchangeId, boolean response) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT data FROM bodies WHERE exchange_id = ? AND part = ?")) {
            ps.setLong(1, exchangeId);
            ps.setString(2, response ? "response" : "request");
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        }
    }

    private static Map<Long, byte[][]> bodies(Connection c, String where, long param) throws SQLException {
        Map<Long, byte[][]> map = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT exchange_id, part, data FROM bodies WHERE " + where)) {
            ps.setLong(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byte[][] pair = map.computeIfAbsent(rs.getLong(1), k -> new byte[2][]);
                    pair["response".equals(rs.getString(2)) ? 1 : 0] = rs.getBytes(3);
                }
            }
        }
        return map;
    }

    private static Exchange read(ResultSet rs, Map<Long, byte[][]> bodies) throws SQLException {
        long id = rs.getLong("id");
        byte[][] pair = bodies.getOrDefault(id, new byte[2][]);
        Headers requestHeaders = JsonColumns.headers(rs.getString("request_headers"));
        Headers responseHeaders = JsonColumns.headers(rs.getString("response_headers"));
        return new Exchange(id, rs.getLong("recording_id"), Sql.instant(rs.getLong("start_ns")),
                Duration.ofNanos(rs.getLong("duration_ns")), rs.getString("method"), URI.create(rs.getString("url")),
                requestHeaders, body(pair[0], rs.getLong("request_body_size")), rs.getInt("status"),
                responseHeaders, body(pair[1], rs.getLong("response_body_size")),
                Initiator.valueOf(rs.getString("initiator")), Sql.nullableLong(rs, "redirect_of"),
                rs.getString("error"));
    }

    private static Body body(byte[] kept, long originalSize) {
        if (kept == null) {
            return originalSize == 0 ? Body.EMPTY : new Body(new byte[0], originalSize);
        }
        return new Body(kept, originalSize);
    }
}
