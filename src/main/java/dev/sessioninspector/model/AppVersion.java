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
