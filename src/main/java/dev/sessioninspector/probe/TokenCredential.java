package dev.sessioninspector.probe;

import dev.sessioninspector.model.Headers;
import java.util.Objects;

/**
 * A session token sent in a request header of its own: the header's name and its scheme ({@code Bearer},
 * {@code Token}, or "" for a header that carries the bare value, such as {@code X-Auth-Token}).
 */
public record TokenCredential(String header, String scheme) {
    public TokenCredential {
        Objects.requireNonNull(header, "header");
        if (!ScriptValues.validHeaderName(header)) {
            throw new IllegalArgumentException("not a header name: " + header);
        }
        scheme = scheme == null ? "" : scheme.strip();
    }

    /** The header value that carries {@code token}. */
    public String value(String token) {
        return scheme.isEmpty() ? token : scheme + " " + token;
    }

    /** The request headers that carry {@code token}. */
    public Headers headers(String token) {
        return Headers.of(header, value(token));
    }

    /** The token in a value of this header (the scheme removed), or the value as it is. */
    public String token(String headerValue) {
        String v = headerValue.strip();
        return !scheme.isEmpty() && v.regionMatches(true, 0, scheme + " ", 0, scheme.length() + 1)
                ? v.substring(scheme.length() + 1).strip() : v;
    }
}
