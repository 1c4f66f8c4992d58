package dev.sessioninspector.browser;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its data: {@code $XDG_DATA_HOME/session-inspector} or
 * {@code ~/.local/share/session-inspector} (Windows: {@code %APPDATA%}, macOS: {@code ~/Library/Application
 * Support}). The system property {@value #OVERRIDE} moves it elsewhere (portable runs, tests).
 */
public final class AppDirectories {
    /** System property that overrides the data folder. */
    public static final String OVERRIDE = "sessioninspector.dataDir";
    private static final String APP = "session-inspector";

    private AppDirectories() {
    }

    /** The app's data folder on this machine (not created). */
    public static Path dataHome() {
        String override = System.getProperty(OVERRIDE);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return dataHome(System.getenv(), System.getProperty("user.home"), System.getProperty("os.name", ""));
    }

    /** The WebView's own browsing data (cookies of the embedded browser, local storage) below {@link #dataHome()}. */
    public static Path webViewData() {
        return dataHome().resolve("webview");
    }

    static Path dataHome(Map<String, String> env, String userHome, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") && notBlank(env.get("APPDATA"))) {
            return Path.of(env.get("APPDATA"), APP);
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", APP);
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (notBlank(xdg) && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, APP);
        }
        return Path.of(userHome, ".local", "share", APP);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
