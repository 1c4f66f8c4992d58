package dev.sessioninspector.analysis;

import java.util.List;
import java.util.Objects;

/**
 * A session credential: a cookie judged to carry the session, or a token sent in a request header
 * ({@code Authorization: Bearer …}, {@code X-Auth-Token}…), with the score and the reasons that made it one. A
 * header token is named by its header, which is how reports list it (the JSON report's {@code sessionCookies} and
 * each finding's {@code cookie}).
 *
 * @param name    the cookie name, or the header name, as sent
 * @param score   the evidence weight; behaviour counts more than the name
 * @param reasons what was seen, e.g. "known session cookie name", "new value at login"
 * @param kind    a cookie or a header token
 */
public record SessionCookie(String name, int score, List<String> reasons, Kind kind) {
    /** How the credential travels. */
    public enum Kind {
        /** In the {@code Cookie} header, set by {@code Set-Cookie} or script. */
        COOKIE,
        /** In a request header of its own, issued in a response body, a response header or page storage. */
        HEADER
    }

    public SessionCookie {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        if (name.isBlank()) {
            throw new IllegalArgumentException("credential name is blank");
        }
    }

    /** A session cookie. */
    public SessionCookie(String name, int score, List<String> reasons) {
        this(name, score, reasons, Kind.COOKIE);
    }

    /** True for a header token. */
    public boolean token() {
        return kind == Kind.HEADER;
    }

    /** "cookie SID" or "header Authorization", for sentences. */
    public String describe() {
        return (token() ? "token in header " : "cookie ") + name;
    }
}
