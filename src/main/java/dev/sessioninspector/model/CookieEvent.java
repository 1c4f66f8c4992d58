package dev.sessioninspector.model;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A change to the cookie jar. {@code exchangeId} names the response that caused it (null for script or
 * expiry); {@code previous} holds the cookie before a change or deletion (null when it is new).
 */
public record CookieEvent(
        long id,
        long recordingId,
        Instant time,
        Kind kind,
        Source source,
        Cookie cookie,
        Cookie previous,
        Long exchangeId,
        URI url) {

    public enum Kind { SET, CHANGED, DELETED, EXPIRED }

    /**
     * Who caused the change: a response, page script, the client (expiry), or {@link #JAR}: the cookie was already in
     * the browser's jar when Record was pressed (only its name, value and host are known; kind {@link Kind#SET}).
     */
    public enum Source { SERVER, SCRIPT, CLIENT, JAR }

    public CookieEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cookie, "cookie");
        if (kind == Kind.CHANGED && previous == null) {
            throw new IllegalArgumentException("a CHANGED event needs the previous cookie");
        }
    }

    public CookieEvent withId(long newId) {
        return new CookieEvent(newId, recordingId, time, kind, source, cookie, previous, exchangeId, url);
    }

    public CookieEvent withRecordingId(long newRecordingId) {
        return new CookieEvent(id, newRecordingId, time, kind, source, cookie, previous, exchangeId, url);
    }

    public boolean valueChanged() {
        return previous == null || !previous.value().equals(cookie.value());
    }
}
