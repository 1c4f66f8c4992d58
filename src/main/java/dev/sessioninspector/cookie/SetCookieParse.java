package dev.sessioninspector.cookie;

import java.util.Optional;

/**
 * The outcome of parsing one {@code Set-Cookie} string: the cookie, or the reason a user agent ignores the
 * whole string (control characters, oversized name and value, neither name nor value).
 */
public record SetCookieParse(ParsedSetCookie cookie, String rejection) {

    public SetCookieParse {
        if ((cookie == null) == (rejection == null)) {
            throw new IllegalArgumentException("exactly one of cookie and rejection");
        }
    }

    static SetCookieParse ok(ParsedSetCookie cookie) {
        return new SetCookieParse(cookie, null);
    }

    static SetCookieParse rejected(String reason) {
        return new SetCookieParse(null, reason);
    }

    public boolean accepted() {
        return cookie != null;
    }

    public Optional<ParsedSetCookie> asOptional() {
        return Optional.ofNullable(cookie);
    }
}
