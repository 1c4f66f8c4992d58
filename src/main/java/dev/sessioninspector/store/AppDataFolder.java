package dev.sessioninspector.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the application keeps its data by default: {@code $XDG_DATA_HOME/session-inspector} (or
 * {@code ~/.local/share/session-inspector}) on Linux and other Unixes, {@code ~/Library/Application
 * Support/Session Inspector} on macOS, {@code %LOCALAPPDATA%\Session Inspector} on Windows.
 */
public final class AppDataFolder {
    /** The folder's name on Unix-like systems. */
    public static final String UNIX_NAME = "session-inspector";
    /** The folder's name on macOS and Windows. */
    public static final String DESKTOP_NAME = "Session Inspector";

    private AppDataFolder() {
    }

    /** The folder for this machine's OS, user and environment. It is not created here. */
    public static Path resolve() {
        return resolve(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv());
    }

    /** The folder for the given OS name, home folder and environment (for tests and tools). */
    public static Path resolve(String osName, String userHome, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve(DESKTOP_NAME);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve(DESKTOP_NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve(UNIX_NAME);
    }
}
