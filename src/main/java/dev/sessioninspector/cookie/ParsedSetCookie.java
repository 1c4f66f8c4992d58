package dev.sessioninspector.cookie;

import dev.sessioninspector.model.SameSite;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A {@code Set-Cookie} string after RFC 6265bis §5.6 parsing, before the storage model decides whether and
 * where to keep it. Attributes that appeared more than once hold the last valid value.
 *
 * @param expires       the Expires date read with the cookie-date algorithm; null when absent or unreadable
 * @param maxAge        Max-Age in seconds (may be zero or negative); null when absent or not a number
 * @param domain        the Domain attribute lower-cased, a leading dot removed; null when absent or empty
 * @param path          the Path attribute when it starts with {@code /}; null means "use the default path"
 * @param pathAttribute whether any Path attribute appeared (the {@code __Host-} prefix needs one)
 * @param notes         attributes that were ignored and why, for diagnostics
 */
public record ParsedSetCookie(
        String name,
        String value,
        Instant expires,
        Long maxAge,
        String domain,
        String path,
        boolean pathAttribute,
        boolean secure,
        boolean httpOnly,
        SameSite sameSite,
        boolean partitioned,
        String raw,
        List<String> notes) {

    public ParsedSetCookie {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(raw, "raw");
        sameSite = sameSite == null ? SameSite.UNSPECIFIED : sameSite;
        notes = notes == null ? List.of() : List.copyOf(notes);
        if (name.isEmpty() && value.isEmpty()) {
            throw new IllegalArgumentException("a cookie needs a name or a value");
        }
        if (path != null && !path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /: " + path);
        }
    }
}
