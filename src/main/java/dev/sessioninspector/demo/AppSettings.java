package dev.sessioninspector.demo;

import java.time.Duration;
import java.util.Objects;

/**
 * The switches of the single-page section ({@code /app}), which signs in through a JSON API and carries a JWT
 * (HS256). The shop's idle and absolute timeouts apply to its tokens too.
 *
 * @param storage        where the page keeps the token
 * @param tokenLifetime  {@code exp − iat} of the tokens it issues; null for tokens without {@code exp}
 * @param revokeAtLogout forget the token on the server at sign-out (else it stays valid until it expires)
 * @param weakSigningKey sign with {@value #WEAK_KEY}, a key every list of default secrets holds; else a random
 *                       256-bit key made when the shop starts
 * @param acceptAlgNone  accept a token whose header says {@code alg: none} (any case) and has no signature
 */
public record AppSettings(TokenStorage storage, Duration tokenLifetime, boolean revokeAtLogout,
        boolean weakSigningKey, boolean acceptAlgNone) {
    /** The well-known weak HMAC key of {@link #weakSigningKey}. */
    public static final String WEAK_KEY = "secret";
    /** The cookie that carries the token with {@link TokenStorage#HTTP_ONLY_COOKIE}. */
    public static final String COOKIE = "APP_TOKEN";

    /** Where the page keeps its token. */
    public enum TokenStorage {
        /** {@code localStorage['token']}: any script on the origin (an XSS bug) can read it, and it outlives the tab. */
        LOCAL_STORAGE,
        /** A variable of the page's script: gone with the page, never on disk. */
        MEMORY,
        /** An HttpOnly cookie the server sets: page script never sees it. */
        HTTP_ONLY_COOKIE
    }

    public AppSettings {
        Objects.requireNonNull(storage, "storage");
        if (tokenLifetime != null && (tokenLifetime.isNegative() || tokenLifetime.isZero())) {
            tokenLifetime = null;
        }
    }

    /** Every weakness on: localStorage, 30-day tokens, no revocation, the key "secret", {@code alg: none}. */
    public static AppSettings weak() {
        return new AppSettings(TokenStorage.LOCAL_STORAGE, Duration.ofDays(30), false, true, true);
    }

    /** Every weakness off: the token in memory, 15 minutes, revoked at sign-out, a random key, signatures required. */
    public static AppSettings hardened() {
        return new AppSettings(TokenStorage.MEMORY, Duration.ofMinutes(15), true, false, false);
    }

    public AppSettings withStorage(TokenStorage v) {
        return new AppSettings(v, tokenLifetime, revokeAtLogout, weakSigningKey, acceptAlgNone);
    }

    public AppSettings withTokenLifetime(Duration v) {
        return new AppSettings(storage, v, revokeAtLogout, weakSigningKey, acceptAlgNone);
    }

    public AppSettings withRevokeAtLogout(boolean v) {
        return new AppSettings(storage, tokenLifetime, v, weakSigningKey, acceptAlgNone);
    }

    public AppSettings withWeakSigningKey(boolean v) {
        return new AppSettings(storage, tokenLifetime, revokeAtLogout, v, acceptAlgNone);
    }

    public AppSettings withAcceptAlgNone(boolean v) {
        return new AppSettings(storage, tokenLifetime, revokeAtLogout, weakSigningKey, v);
    }
}
