package dev.sessioninspector.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A cookie with its full attribute set, as a user agent stores it.
 *
 * @param domain     the domain the cookie is stored for (the request host when {@code hostOnly})
 * @param expires    when a persistent cookie expires; null for a session cookie
 * @param maxAge     the Max-Age attribute in seconds as sent, if any (wins over Expires)
 * @param raw        the {@code Set-Cookie} value it came from, or null when set by script or unknown
 */
public record Cookie(
        String name,
        String value,
        String domain,
        String path,
        boolean hostOnly,
        Instant expires,
        Long maxAge,
        boolean secure,
        boolean httpOnly,
        SameSite sameSite,
        boolean partitioned,
        String raw) {

    public Cookie {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        domain = domain == null ? "" : domain;
        path = path == null || path.isEmpty() ? "/" : path;
        sameSite = sameSite == null ? SameSite.UNSPECIFIED : sameSite;
    }

    /** A plain name=value cookie with no attributes, as seen in a {@code Cookie} request header. */
    public static Cookie simple(String name, String value) {
        return new Cookie(name, value, "", "/", true, null, null, false, false, SameSite.UNSPECIFIED, false, null);
    }

    public boolean persistent() {
        return expires != null;
    }

    public boolean expiredAt(Instant now) {
        return expires != null && !expires.isAfter(now);
    }

    /** The identity of a cookie in a jar: name, domain and path (RFC 6265bis §5.7). */
    public String key() {
        return name + "\u0000" + domain + "\u0000" + path;
    }

    public Cookie withValue(String newValue) {
        return new Cookie(name, newValue, domain, path, hostOnly, expires, maxAge, secure, httpOnly, sameSite,
                partitioned, raw);
    }
}
