package dev.sessioninspector.cookie;

import java.util.Objects;

/**
 * A cookie a user agent would not store, with the reason.
 *
 * @param header     the {@code Set-Cookie} value or {@code document.cookie} string that was ignored
 * @param reason     why, e.g. {@code Domain=evil.com does not domain-match 127.0.0.1}
 * @param fromScript whether it came from a {@code document.cookie} write
 */
public record Rejection(String header, String reason, boolean fromScript) {
    public Rejection {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(reason, "reason");
    }

    /** One line for a user: {@code Set-Cookie ignored: Domain=evil.com does not domain-match 127.0.0.1}. */
    public String message() {
        return (fromScript ? "document.cookie write ignored: " : "Set-Cookie ignored: ") + reason;
    }
}
