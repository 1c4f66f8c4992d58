package dev.sessioninspector.analysis;

import dev.sessioninspector.model.Marker;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a login or a logout happened: the exchange that did it, who said so, and why.
 *
 * @param kind       {@code LOGIN} or {@code LOGOUT}
 * @param exchangeId the request that signed in or out (its redirect hops follow it)
 * @param source     a user's marker, a flow mark, or detection
 * @param reason     how it was found, for a report ("a POST carrying a password field", "user marker"…)
 */
public record AuthPoint(Marker.Kind kind, long exchangeId, Instant time, Marker.Source source, String reason) {
    public AuthPoint {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(source, "source");
        reason = reason == null ? "" : reason;
        if (kind == Marker.Kind.NOTE) {
            throw new IllegalArgumentException("a login or logout point, not a note");
        }
    }
}
