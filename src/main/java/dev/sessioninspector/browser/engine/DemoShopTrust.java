package dev.sessioninspector.browser.engine;

import dev.sessioninspector.capture.CaptureHooks;
import dev.sessioninspector.demo.DemoShop;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Lets the WebView trust the demo shop's self-signed certificate for the demo shop's own origin, and for
 * nothing else: {@link CaptureHooks#trustForOrigin} hands the demo trust to connections to exactly that
 * {@code https://127.0.0.1:PORT}; every other site keeps the JDK's trust, and nothing JVM-wide changes.
 */
public final class DemoShopTrust {
    private DemoShopTrust() {
    }

    /**
     * Trusts the demo certificate for {@code shop}'s origin when it serves HTTPS.
     *
     * @return the origin now trusted, or null for a plain-HTTP shop (nothing to trust)
     */
    public static String grant(DemoShop shop) {
        Objects.requireNonNull(shop, "shop");
        String origin = httpsOrigin(shop.baseUri());
        if (origin != null) {
            CaptureHooks.trustForOrigin(origin, DemoShop.demoClientContext().getSocketFactory());
        }
        return origin;
    }

    /** Withdraws what {@link #grant} gave; no-op for null (a plain-HTTP shop). */
    public static void release(String origin) {
        if (origin != null) {
            CaptureHooks.clearTrust(origin);
        }
    }

    private static String httpsOrigin(URI base) {
        if (!"https".equalsIgnoreCase(base.getScheme())) {
            return null;
        }
        return "https://" + base.getHost().toLowerCase(Locale.ROOT) + ":" + base.getPort();
    }
}
