package dev.sessioninspector.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Opens SQLite connections to a project file and turns driver errors into one-line messages. */
final class Connections {
    static {
        // sqlite-jdbc logs through SLF4J, and the app ships no SLF4J provider: without this, SLF4J prints a
        // three-line warning on stderr the first time, breaking the CLI's one-line errors. Errors still show.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    private Connections() {
    }

    /** A connection with foreign keys on; WAL is set on the file by {@link #enableWal} once it is known to be ours. */
    static Connection open(Path file, boolean readOnly) {
        if (file.toString().indexOf('?') >= 0) {
            throw new StoreException("cannot open " + file + ": a project file name cannot contain '?'");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        if (!readOnly) {
            // NORMAL in WAL mode: a committed transaction survives the process being killed (not a power cut).
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        } catch (SQLException e) {
            throw failure(file, "open", e);
        }
    }

    static void enableWal(Connection c, Path file) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA journal_mode = WAL")) {
            String mode = rs.next() ? rs.getString(1) : "";
            if (!"wal".equalsIgnoreCase(mode)) {
                throw new StoreException("cannot switch " + file + " to WAL mode (SQLite kept '" + mode + "')");
            }
        }
    }

    /**
     * {@code PRAGMA quick_check}, run before anything is written: a damaged file is refused in one line (with
     * SQLite's first complaint) and left as it was.
     */
    static void quickCheck(Connection c, Path file) {
        String first;
        try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA quick_check(1)")) {
            first = rs.next() ? rs.getString(1) : "ok";
        } catch (SQLException e) {
            throw failure(file, "open", e);
        }
        if (!"ok".equalsIgnoreCase(first)) {
            throw new StoreException(file + " is damaged (SQLite's quick check: "
                    + String.valueOf(first).replace("*** in database main ***", "").replaceAll("\\s*[\\r\\n]+\\s*", " ").trim()
                    + "): left as it was; restore it from a copy or use another project file");
        }
    }

    static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // nothing left to save: every write was committed or reported before
            }
        }
    }

    /** A one-line message for a failed {@code action} ("open", "write to"…) on {@code file}. */
    static StoreException failure(Path file, String action, SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        String base = code == null ? null : switch (code.code & 0xff) {
            case 26 -> file + " is not a Session Inspector project (not an SQLite database)";  // SQLITE_NOTADB
            case 11 -> file + " is damaged (SQLite reports a corrupt database)";                // SQLITE_CORRUPT
            case 8 -> "cannot " + action + " " + file + ": it is read-only";                     // SQLITE_READONLY
            case 13 -> "cannot " + action + " " + file + ": the disk is full";                   // SQLITE_FULL
            case 14 -> "cannot " + action + " " + file + ": SQLite cannot open it";              // SQLITE_CANTOPEN
            case 5, 6 -> "cannot " + action + " " + file + ": it is locked by another program";  // BUSY, LOCKED
            default -> null;
        };
        if (base == null) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            base = "cannot " + action + " " + file + ": " + msg.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
        }
        return new StoreException(base, e);
    }
}
