package dev.sessioninspector.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes the shop's {@code Set-Cookie} values. The session cookie carries exactly the attributes the switches
 * ask for: HttpOnly, Secure, SameSite, a lifetime (Max-Age plus Expires for old clients) and the
 * {@code __Host-} name prefix. It always has {@code Path=/} and never a Domain, which is what the prefix
 * needs; whether a browser accepts a {@code __Host-} cookie without Secure is left to the browser to show.
 */
final class CookieWriter {
    /** The double-submit anti-CSRF cookie: readable by page scripts on purpose, never a session. */
    static final String CSRF_COOKIE = "XSRF-TOKEN";
    private static final DateTimeFormatter EXPIRES =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final String EPOCH = "Thu, 01 Jan 1970 00:00:00 GMT";

    private final Clock clock;

    CookieWriter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The session cookie carrying {@code id}. */
    String session(String id, ShopSettings settings) {
        StringBuilder sb = new StringBuilder(settings.cookieName()).append('=').append(id).append("; Path=/");
        Duration lifetime = settings.cookieLifetime();
        if (lifetime != null) {
            sb.append("; Max-Age=").append(lifetime.toSeconds())
                    .append("; Expires=").append(EXPIRES.format(clock.instant().plus(lifetime)));
        }
        return appendFlags(sb, settings).toString();
    }

    /** A session cookie that makes the browser forget the current one (sign-out). */
    String expiredSession(ShopSettings settings) {
        StringBuilder sb = new StringBuilder(settings.cookieName())
                .append("=; Path=/; Max-Age=0; Expires=").append(EPOCH);
        return appendFlags(sb, settings).toString();
    }

    /** The anti-CSRF cookie: a browser-session cookie, SameSite=Strict, Secure over HTTPS, not HttpOnly. */
    String csrf(String token, ShopSettings settings) {
        return CSRF_COOKIE + "=" + token + "; Path=/; SameSite=Strict" + (settings.https() ? "; Secure" : "");
    }

    private static StringBuilder appendFlags(StringBuilder sb, ShopSettings settings) {
        if (settings.secure()) {
            sb.append("; Secure");
        }
        if (settings.httpOnly()) {
            sb.append("; HttpOnly");
        }
        if (settings.sameSite() != null) {
            sb.append("; SameSite=").append(canonicalSameSite(settings.sameSite()));
        }
        return sb;
    }

    static String canonicalSameSite(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
