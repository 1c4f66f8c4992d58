package dev.sessioninspector.cookie;

import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.CookieEvent;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * One change a {@link CookieJar} made.
 * <ul>
 *   <li>{@code SET}: a new cookie; {@code previous} is null.</li>
 *   <li>{@code CHANGED}: a cookie replaced one with the same name, domain, host-only flag and path
 *       (also when only its expiry moved, or nothing at all changed: the server set it again).</li>
 *   <li>{@code DELETED}: a {@code Set-Cookie} (or script) with an expiry in the past removed
 *       {@code previous}; {@code cookie} is that deleting cookie.</li>
 *   <li>{@code EXPIRED}: {@code cookie} ran out of time and was evicted; {@code previous} is the same cookie.</li>
 * </ul>
 */
public record JarChange(CookieEvent.Kind kind, Cookie cookie, Cookie previous) {

    public JarChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cookie, "cookie");
        if ((kind == CookieEvent.Kind.SET) != (previous == null)) {
            throw new IllegalArgumentException(kind + " change with" + (previous == null ? "out" : "")
                    + " a previous cookie");
        }
    }

    /** Whether the value differs from the previous one (always true for a new cookie). */
    public boolean valueChanged() {
        return previous == null || !previous.value().equals(cookie.value());
    }

    /** The model event for this change; ids are left 0 for the sink to fill in. */
    public CookieEvent toEvent(Instant time, CookieEvent.Source source, Long exchangeId, URI url) {
        return new CookieEvent(0, 0, time, kind, source, cookie, previous, exchangeId, url);
    }
}
