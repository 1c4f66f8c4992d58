package dev.sessioninspector.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's name and version, as Maven built it. */
public final class AppVersion {
    public static final String NAME = "session-inspector";
    private static final String VERSION = load();

    private AppVersion() {
    }

    public static String version() {
        return VERSION;
    }

    /** What {@code --version} prints: the name and version, then the Java runtime. */
    public static String[] describe() {
        // String.join, not +: string concatenation is bootstrapped at first use, a cost on the fastest path
        return new String[] {String.join(" ", NAME, VERSION), String.join("", "Java ",
            System.getProperty("java.version"), " (", System.getProperty("java.vendor"), ")")};
    }

    private static String load() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
