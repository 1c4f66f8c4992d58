package dev.sessioninspector.demo;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Every switch of the demo shop. Each weakness the session-management literature warns about is its own
 * switch, so a speaker can flip one at a time; {@link #weak()} turns them all on, {@link #hardened()} off.
 *
 * @param ids              how session IDs are generated
 * @param rotateAtLogin    issue a new session ID when the user signs in
 * @param invalidateAtLogout  drop the session on the server at sign-out (else only the browser cookie is cleared)
 * @param idleTimeout      sign out after this much inactivity; null for never
 * @param absoluteTimeout  sign out this long after sign-in whatever happens; null for never
 * @param acceptIdFromUrl  take the session ID from a {@code ;jsessionid=} path parameter or {@code sid} query
 * @param writeIdIntoUrls  write the session ID into the links of every page
 * @param httpOnly         mark the session cookie HttpOnly
 * @param secure           mark the session cookie Secure
 * @param sameSite         the SameSite attribute to send, or null to send none
 * @param cookieLifetime   Max-Age of the session cookie; null for a browser-session cookie
 * @param hostPrefix       name the cookie with the {@code __Host-} prefix (needs Secure, Path=/ and no Domain)
 * @param https            serve over HTTPS with the bundled self-signed certificate
 * @param adoptForeignIds  take up a well-formed session ID the shop never issued (sent in a cookie, or in the URL
 *                         when {@link #acceptIdFromUrl}) and open a session under it, as permissive session
 *                         managers do; else such an ID is replaced by a fresh one
 * @param app              the switches of the single-page section ({@code /app}) and its bearer tokens
 */
public record ShopSettings(
        IdScheme ids,
        boolean rotateAtLogin,
        boolean invalidateAtLogout,
        Duration idleTimeout,
        Duration absoluteTimeout,
        boolean acceptIdFromUrl,
        boolean writeIdIntoUrls,
        boolean httpOnly,
        boolean secure,
        String sameSite,
        Duration cookieLifetime,
        boolean hostPrefix,
        boolean https,
        boolean adoptForeignIds,
        AppSettings app) {

    /** The base name of the session cookie. */
    public static final String COOKIE = "SESSIONID";

    /** How the shop makes session IDs. */
    public enum IdScheme {
        /** 1, 2, 3… in hex: the classic guessable counter. */
        SEQUENTIAL,
        /** The clock in milliseconds plus two random characters. */
        TIMESTAMP,
        /** {@code java.util.Random}: 48-bit state, recoverable from a few outputs. */
        WEAK_RANDOM,
        /** 128 bits from {@code SecureRandom}, base64url. */
        SECURE_RANDOM
    }

    public ShopSettings {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(app, "app");
        if (sameSite != null && !sameSite.matches("(?i)strict|lax|none")) {
            throw new IllegalArgumentException("SameSite must be Strict, Lax or None, not '" + sameSite + "'");
        }
        if (idleTimeout != null && (idleTimeout.isNegative() || idleTimeout.isZero())) {
            idleTimeout = null;
        }
        if (absoluteTimeout != null && (absoluteTimeout.isNegative() || absoluteTimeout.isZero())) {
            absoluteTimeout = null;
        }
        if (cookieLifetime != null && (cookieLifetime.isNegative() || cookieLifetime.isZero())) {
            cookieLifetime = null;
        }
    }

    /** The switches without {@link #adoptForeignIds} (strict: foreign IDs are replaced). */
    public ShopSettings(IdScheme ids, boolean rotateAtLogin, boolean invalidateAtLogout, Duration idleTimeout,
            Duration absoluteTimeout, boolean acceptIdFromUrl, boolean writeIdIntoUrls, boolean httpOnly,
            boolean secure, String sameSite, Duration cookieLifetime, boolean hostPrefix, boolean https) {
        this(ids, rotateAtLogin, invalidateAtLogout, idleTimeout, absoluteTimeout, acceptIdFromUrl, writeIdIntoUrls,
                httpOnly, secure, sameSite, cookieLifetime, hostPrefix, https, false, AppSettings.hardened());
    }

    /** Every weakness on: what the literature warns about, all at once. */
    public static ShopSettings weak() {
        return new ShopSettings(IdScheme.SEQUENTIAL, false, false, null, null, true, true, false, false, null,
                Duration.ofDays(365), false, false, true, AppSettings.weak());
    }

    /** Every weakness off: what OWASP's session management cheat sheet asks for. */
    public static ShopSettings hardened() {
        return new ShopSettings(IdScheme.SECURE_RANDOM, true, true, Duration.ofMinutes(15), Duration.ofHours(8),
                false, false, true, true, "Lax", null, true, true, false, AppSettings.hardened());
    }

    /** Parses a profile name, {@code weak} or {@code hardened}. */
    public static ShopSettings profile(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "weak" -> weak();
            case "hardened" -> hardened();
            default -> throw new IllegalArgumentException("unknown profile '" + name + "' (use weak or hardened)");
        };
    }

    /** The session cookie's name, with the {@code __Host-} prefix when that switch is on. */
    public String cookieName() {
        return hostPrefix ? "__Host-" + COOKIE : COOKIE;
    }

    public ShopSettings withIds(IdScheme v) {
        return new ShopSettings(v, rotateAtLogin, invalidateAtLogout, idleTimeout, absoluteTimeout, acceptIdFromUrl,
                writeIdIntoUrls, httpOnly, secure, sameSite, cookieLifetime, hostPrefix, https, adoptForeignIds, app);
    }

    public ShopSettings withRotateAtLogin(boolean v) {
        return new ShopSettings(ids, v, invalidateAtLogout, idleTimeout, absoluteTimeout, acceptIdFromUrl,
                writeIdIntoUrls, httpOnly, secure, sameSite, cookieLifetime, hostPrefix, https, adoptForeignIds, app);
    }

    public ShopSettings withInvalidateAtLogout(boolean v) {
        return new ShopSettings(ids, rotateAtLogin, v, idleTimeout, absoluteTimeout, acceptIdFromUrl,
                writeIdIntoUrls, httpOnly, secure, sameSite, cookieLifetime, hostPrefix, https, adoptForeignIds, app);
    }

    public ShopSettings withIdleTimeout(Duration v) {
        return new ShopSettings(ids, rotateAtLogin, invalidateAtLogout, v, absoluteTimeout, acceptIdFromUrl,
                writeIdIntoUrls, httpOnly, secure, sameSite, cookieLifetime, hostPrefix, https, adoptForeignIds, app);
    }

    public ShopSettings withAbsoluteTimeout(Duration v) {
        return new ShopSettings(ids, rotateAtLogin, invalidateAtLogout, idleTimeout, v, acceptIdFromUrl,
                writeIdIntoUrls, httpOnly, secure, sameSite, cookieLifetime, hostPrefix, https, adoptForeignIds, app);
    }

    public ShopSettings withAcceptIdFromUrl(boolean v) {
        return new ShopSettings(ids, rotateAtLogin, invalidateAtLogout, idleTimeout, absoluteTimeout, v,
                writeIdIntoUrls, httpOnly, secure, sameSite, cookieLifetime, hostPrefix, https, adoptForeignIds, app);
    }

    public ShopSettings withWriteIdIntoUrls(boolean v) {
        return new ShopSettings(ids, rotateAtLogin, invalidateAtLogout, idleTimeout, absoluteTimeout, acceptIdFromUrl,
                v, httpOnly, secure, sameSite, cookieLifetime, hostPrefix, https, adoptForeignIds, app);
    }

    public ShopSettings withHttpOnly(boolean v) {
        return new ShopSettings(ids, rotateAtLogin, invalidateAtLogout, idleTimeout, absoluteTimeout, acceptIdFromUrl,
                writeIdIntoUrls, v, secure, sameSite, cookieLifetime, hostPrefix, https, adoptForeignIds, app);
    }

    public ShopSettings withSecure(boolean v) {
        return new ShopSettings(ids, rotateAtLogin, invalidateAtLogout, idleTimeout, absoluteTimeout, acceptIdFromUrl,
                writeIdIntoUrls, httpOnly, v, sameSite, cookieLifetime, hostPrefix, https, adoptForeignIds, app);
    }

    public ShopSettings withSameSite(String v) {
        return new ShopSettings(ids, rotateAtLogin, invalidateAtLogout, idleTimeout, absoluteTimeout, acceptIdFromUrl,
                writeIdIntoUrls, httpOnly, secure, v, cookieLifetime, hostPrefix, https, adoptForeignIds, app);
    }

    public ShopSettings withCookieLifetime(Duration v) {
        return new ShopSettings(ids, rotateAtLogin, invalidateAtLogout, idleTimeout, absoluteTimeout, acceptIdFromUrl,
                writeIdIntoUrls, httpOnly, secure, sameSite, v, hostPrefix, https, adoptForeignIds, app);
    }

    public ShopSettings withHostPrefix(boolean v) {
        return new ShopSettings(ids, rotateAtLogin, invalidateAtLogout, idleTimeout, absoluteTimeout, acceptIdFromUrl,
                writeIdIntoUrls, httpOnly, secure, sameSite, cookieLifetime, v, https, adoptForeignIds, app);
    }

    public ShopSettings withHttps(boolean v) {
        return new ShopSettings(ids, rotateAtLogin, invalidateAtLogout, idleTimeout, absoluteTimeout, acceptIdFromUrl,
                writeIdIntoUrls, httpOnly, secure, sameSite, cookieLifetime, hostPrefix, v, adoptForeignIds, app);
    }

    public ShopSettings withAdoptForeignIds(boolean v) {
        return new ShopSettings(ids, rotateAtLogin, invalidateAtLogout, idleTimeout, absoluteTimeout, acceptIdFromUrl,
                writeIdIntoUrls, httpOnly, secure, sameSite, cookieLifetime, hostPrefix, https, v, app);
    }

    public ShopSettings withApp(AppSettings v) {
        return new ShopSettings(ids, rotateAtLogin, invalidateAtLogout, idleTimeout, absoluteTimeout, acceptIdFromUrl,
                writeIdIntoUrls, httpOnly, secure, sameSite, cookieLifetime, hostPrefix, https, adoptForeignIds, v);
    }
}
