package dev.sessioninspector.analysis;

import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.CookieEvent;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A cookie the recording shows being set (or deleted): by a response, or by page script.
 *
 * @param exchangeId the response that set it; for a script-set cookie, the last exchange before it
 * @param deletion   true when this sets the cookie expired (a logout clearing it, {@code Max-Age=0}…)
 * @param source     {@code SERVER} for {@code Set-Cookie}, {@code SCRIPT} for {@code document.cookie}
 */
public record IssuedCookie(long exchangeId, Instant time, URI url, Cookie cookie, boolean deletion,
        CookieEvent.Source source) {
    public IssuedCookie {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(cookie, "cookie");
        Objects.requireNonNull(source, "source");
    }

    public String name() {
        return cookie.name();
    }

    public String value() {
        return cookie.value();
    }

    public boolean byScript() {
        return source != CookieEvent.Source.SERVER;
    }
}
