package dev.sessioninspector.browser.engine;

import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Everything that must happen before JavaFX starts and before the first WebView load, in one place.
 *
 * <p>WebView builds its network stack at the first load with whatever is installed at that moment, so the
 * loader choice and the capture hooks have to be in place before any {@code WebEngine} loads a page. Call
 * {@link #prepare()} first thing in every entry point that shows a WebView (the GUI launcher, headless
 * browser engines, tests).
 */
public final class FxBootstrap {
    /** Held so the filter below is not lost when the logger is collected. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");
    private static boolean prepared;

    private FxBootstrap() {
    }

    /**
     * Sets the system properties capture needs, selects the headless Monocle platform when there is no
     * display, and installs the capture hooks. Idempotent; explicit {@code -D} settings of the platform win.
     */
    public static synchronized void prepare() {
        if (prepared) {
            return;
        }
        // HttpURLConnection-based loader: every exchange passes a URL stream handler capture can wrap.
        System.setProperty("com.sun.webkit.useHTTP2Loader", "false");
        // Without it HttpURLConnection silently drops Origin and Sec-* request headers.
        System.setProperty("sun.net.http.allowRestrictedHeaders", "true");
        if (!displayAvailable(System.getenv(), System.getProperty("os.name", ""))) {
            selectHeadlessPlatform();
        }
        // The shaded jar runs JavaFX from the class path, on purpose; say nothing about it at every start.
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null
                || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        installCaptureHooks();
        prepared = true;
    }

    /**
     * THE place where {@code capture.CaptureHooks.install()} is called (branch {@code capture}): after the
     * loader properties are set and before JavaFX starts, hence before the first WebView load.
     */
    static void installCaptureHooks() {
        dev.sessioninspector.capture.CaptureHooks.install();
    }

    /** Whether a window system is reachable: always on Windows and macOS, on other systems X11 or Wayland. */
    static boolean displayAvailable(Map<String, String> env, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        return notBlank(env.get("DISPLAY")) || notBlank(env.get("WAYLAND_DISPLAY"));
    }

    /** Whether {@link #prepare()} (or the command line) selected the headless Monocle platform. */
    public static boolean headless() {
        return "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))
                && "Headless".equalsIgnoreCase(System.getProperty("monocle.platform", "Headless"));
    }

    private static void selectHeadlessPlatform() {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
