package dev.sessioninspector.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The project schema and its migrations. {@code PRAGMA user_version} holds the version a file is at;
 * {@code PRAGMA application_id} marks the file as ours. Migration {@code i} (1-based) takes a file from version
 * {@code i - 1} to {@code i}; each runs in its own transaction together with the version bump, so a file is
 * always at exactly one version. Documented in {@code docs/storage.md}.
 */
final class Schema {
    /** {@code PRAGMA application_id} of a project file: "SIsp" in ASCII. */
    static final int APPLICATION_ID = 0x53497370;

    private static final List<List<String>> MIGRATIONS = List.of(
            // version 1
            List.of("""
                    CREATE TABLE recordings (
                      id          INTEGER PRIMARY KEY,
                      name        TEXT    NOT NULL,
                      target      TEXT,
                      started_ns  INTEGER NOT NULL,
                      ended_ns    INTEGER
                    )""", """
                    CREATE TABLE exchanges (
                      id                  INTEGER PRIMARY KEY,
                      recording_id        INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
                      start_ns            INTEGER NOT NULL,
                      duration_ns         INTEGER NOT NULL CHECK (duration_ns >= 0),
                      method              TEXT    NOT NULL,
                      url                 TEXT    NOT NULL,
                      request_headers     TEXT    NOT NULL,
                      request_body_size   INTEGER NOT NULL CHECK (request_body_size >= 0),
                      status              INTEGER NOT NULL CHECK (status BETWEEN 0 AND 999),
                      response_headers    TEXT    NOT NULL,
                      response_body_size  INTEGER NOT NULL CHECK (response_body_size >= 0),
                      response_type       TEXT,
                      initiator           TEXT    NOT NULL,
                      redirect_of         INTEGER,
                      error               TEXT
                    )""",
                    "CREATE INDEX exchanges_by_time ON exchanges(recording_id, start_ns, id)", """
                    CREATE TABLE bodies (
                      exchange_id  INTEGER NOT NULL REFERENCES exchanges(id) ON DELETE CASCADE,
                      part         TEXT    NOT NULL CHECK (part IN ('request', 'response')),
                      data         BLOB    NOT NULL,
                      PRIMARY KEY (exchange_id, part)
                    )""", """
                    CREATE TABLE cookie_events (
                      id            INTEGER PRIMARY KEY,
                      recording_id  INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
                      time_ns       INTEGER NOT NULL,
                      kind          TEXT    NOT NULL,
                      source        TEXT    NOT NULL,
                      name          TEXT    NOT NULL,
                      cookie        TEXT    NOT NULL,
                      previous      TEXT,
                      exchange_id   INTEGER,
                      url           TEXT
                    )""",
                    "CREATE INDEX cookie_events_by_time ON cookie_events(recording_id, time_ns, id)", """
                    CREATE TABLE markers (
                      id            INTEGER PRIMARY KEY,
                      recording_id  INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
                      time_ns       INTEGER NOT NULL,
                      kind          TEXT    NOT NULL,
                      source        TEXT    NOT NULL,
                      label         TEXT    NOT NULL,
                      exchange_id   INTEGER
                    )""",
                    "CREATE INDEX markers_by_time ON markers(recording_id, time_ns, id)", """
                    CREATE TABLE storage_snapshots (
                      id            INTEGER PRIMARY KEY,
                      recording_id  INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
                      time_ns       INTEGER NOT NULL,
                      origin        TEXT    NOT NULL,
                      area          TEXT    NOT NULL,
                      entries       TEXT    NOT NULL
                    )""",
                    "CREATE INDEX storage_by_time ON storage_snapshots(recording_id, time_ns, id)"),
            // version 2: verdicts kept with the recording (probe results, token samples, what it was judged against)
            List.of("""
                    CREATE TABLE probe_verdicts (
                      id            INTEGER PRIMARY KEY,
                      recording_id  INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
                      time_ns       INTEGER NOT NULL,
                      kind          TEXT    NOT NULL,
                      cookie        TEXT    NOT NULL,
                      exchanges     TEXT    NOT NULL,
                      verdict       TEXT    NOT NULL,
                      detail        TEXT    NOT NULL
                    )""",
                    "CREATE INDEX probe_verdicts_by_recording ON probe_verdicts(recording_id, id)", """
                    CREATE TABLE token_samples (
                      id            INTEGER PRIMARY KEY,
                      recording_id  INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
                      collected_ns  INTEGER NOT NULL,
                      name          TEXT    NOT NULL,
                      source        TEXT    NOT NULL,
                      tokens        TEXT    NOT NULL
                    )""",
                    "CREATE INDEX token_samples_by_recording ON token_samples(recording_id, id)", """
                    CREATE TABLE analysis_settings (
                      recording_id       INTEGER PRIMARY KEY REFERENCES recordings(id) ON DELETE CASCADE,
                      authenticated_url  TEXT,
                      idle_max_ms        INTEGER,
                      absolute_max_ms    INTEGER,
                      session_cookies    TEXT    NOT NULL
                    )"""));

    /** The oldest version a read-only open accepts (version 2 only added tables, which then read empty). */
    static final int FIRST_READABLE = 1;

    /** The schema version this build writes and understands. */
    static final int CURRENT = MIGRATIONS.size();

    private Schema() {
    }

    /** What a file says about itself before we touch it. */
    record Header(int applicationId, int userVersion, int objects) {
        boolean blank() {
            return applicationId == 0 && userVersion == 0 && objects == 0;
        }
    }

    static Header readHeader(Connection c) throws SQLException {
        return new Header(intPragma(c, "application_id"), intPragma(c, "user_version"),
                intQuery(c, "SELECT count(*) FROM sqlite_master"));
    }

    /** Fails with a one-line message unless the file is a blank SQLite file or a project we can read. */
    static void check(Header h, Path file) {
        if (h.blank()) {
            return;
        }
        if (h.applicationId() != APPLICATION_ID) {
            throw new StoreException(file + " is not a Session Inspector project (an SQLite database of "
                    + (h.applicationId() == 0 ? "another program" : String.format("application 0x%08x", h.applicationId()))
                    + ")");
        }
        if (h.userVersion() > CURRENT) {
            throw new StoreException(file + " has schema version " + h.userVersion()
                    + ", newer than this session-inspector understands (" + CURRENT + "): update the application");
        }
    }

    static boolean needsMigration(Header h) {
        return h.blank() || h.userVersion() < CURRENT;
    }

    /** Brings a checked file to {@link #CURRENT}, one version per transaction. */
    static void migrate(Connection c, Header h) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (int v = h.userVersion() + 1; v <= CURRENT; v++) {
                try (Statement s = c.createStatement()) {
                    for (String sql : MIGRATIONS.get(v - 1)) {
                        s.execute(sql);
                    }
                    s.execute("PRAGMA application_id = " + APPLICATION_ID);
                    s.execute("PRAGMA user_version = " + v);
                }
                c.commit();
            }
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    static int intPragma(Connection c, String pragma) throws SQLException {
        return intQuery(c, "PRAGMA " + pragma);
    }

    static int intQuery(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
