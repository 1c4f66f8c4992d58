package dev.sessioninspector.testkit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What tests ask SQLite itself about a project file, on a connection of their own (the app never needs it). */
public final class SqliteCheck {
    private SqliteCheck() {
    }

    /** {@code PRAGMA integrity_check}: {@code ["ok"]} for a sound file, else SQLite's list of problems. */
    public static List<String> integrity(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            List<String> lines = new ArrayList<>();
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check " + file, e);
        }
    }
}
