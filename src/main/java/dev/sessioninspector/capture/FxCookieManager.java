package dev.sessioninspector.capture;

import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;

/**
 * Makes the cookie store the browser should keep using. JavaFX's own
 * {@code com.sun.webkit.network.CookieManager} is found by name (this package may not depend on JavaFX at
 * compile time): unlike {@link CookieManager} it shows non-HttpOnly Secure cookies to {@code document.cookie}
 * on HTTPS pages and follows the browser's rules. Without JavaFX on the class path the JDK's manager is used.
 */
final class FxCookieManager {
    static final String FX_CLASS = "com.sun.webkit.network.CookieManager";

    private FxCookieManager() {
    }

    static CookieHandler create() {
        try {
            Object manager = Class.forName(FX_CLASS).getConstructor().newInstance();
            if (manager instanceof CookieHandler handler) {
                return handler;
            }
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // not on the class path (or not accessible): fall back below
        }
        return new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    }
}
