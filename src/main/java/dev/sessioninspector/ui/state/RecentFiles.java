package dev.sessioninspector.ui.state;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The last few projects and HAR files opened, newest first, kept in the user's preferences. */
public final class RecentFiles {
    /** How many are kept. */
    public static final int MAX = 8;
    private final Preferences node;

    /** Kept under {@code node} (tests pass a node of their own). */
    public RecentFiles(Preferences node) {
        this.node = node;
    }

    /** The app's own list. */
    public static RecentFiles user() {
        return new RecentFiles(Preferences.userRoot().node("dev/sessioninspector/recent"));
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String v = node.get("file" + i, null);
            if (v != null) {
                out.add(Path.of(v));
            }
        }
        return out;
    }

    /** Puts {@code file} first (once). */
    public void add(Path file) {
        List<Path> now = new ArrayList<>(list());
        Path abs = file.toAbsolutePath().normalize();
        now.remove(abs);
        now.add(0, abs);
        for (int i = 0; i < MAX; i++) {
            if (i < now.size()) {
                node.put("file" + i, now.get(i).toString());
            } else {
                node.remove("file" + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException ignored) {
            // preferences that cannot be saved only lose the recent list
        }
    }
}
