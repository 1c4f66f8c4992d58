package dev.sessioninspector.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The one place that says where the application keeps its data: the default project ({@code recordings.db})
 * and the embedded browser's profile ({@code webview/}). By default {@code $XDG_DATA_HOME/session-inspector}
 * (an absolute {@code XDG_DATA_HOME} only, else {@code ~/.local/share/session-inspector}) on Linux and other
 * Unixes, {@code ~/Library/Application Support/Session Inspector} on macOS, {@code %LOCALAPPDATA%\Session
 * Inspector} on Windows. The system property {@value #OVERRIDE} moves the whole folder, project included
 * (portable runs, tests).
 */
public final class AppDataFolder {
    /** System property that moves the data folder (the default project and the browser's profile with it). */
    public static final String OVERRIDE = "sessioninspector.dataDir";
    /** The folder's name on Unix-like systems. */
    public static final String UNIX_NAME = "session-inspector";
    /** The folder's name on macOS and Windows. */
    public static final String DESKTOP_NAME = "Session Inspector";
    /** The embedded browser's profile (local storage, caches), inside the data folder. */
    public static final String WEBVIEW = "webview";

    private AppDataFolder() {
    }

    /** The folder for this machine: {@value #OVERRIDE} when set, else the OS's convention. Not created here. */
    public static Path resolve() {
        return resolve(System.getProperty(OVERRIDE), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    /** The embedded browser's profile folder in {@link #resolve()}. Not created here. */
    public static Path webViewData() {
        return resolve().resolve(WEBVIEW);
    }

    /**
     * The folder for an override (null or blank: none), an OS name, a home folder and an environment: a pure
     * function, for tests of every OS's rule on any OS.
     */
    public static Path resolve(String override, String osName, String userHome, Map<String, String> env) {
        if (notBlank(override)) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = notBlank(local) ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve(DESKTOP_NAME);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve(DESKTOP_NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = notBlank(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve(UNIX_NAME);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
