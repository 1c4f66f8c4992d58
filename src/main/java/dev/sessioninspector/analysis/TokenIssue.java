package dev.sessioninspector.analysis;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a header token's value came from: the first response (or storage snapshot) of the recording that held it
 * before or when it was first sent.
 *
 * @param value      the token value
 * @param exchangeId the exchange whose response carried it (for storage, the last exchange before the snapshot)
 * @param time       when it was issued (the response's end, or the snapshot's time)
 * @param source     what kind of place held it
 * @param where      that place, for people: {@code JSON field access_token}, {@code response header X-Auth-Token},
 *                   {@code localStorage['token']}
 */
public record TokenIssue(String value, long exchangeId, Instant time, Source source, String where) {
    /** The kinds of places a token is issued in. */
    public enum Source { JSON_FIELD, RESPONSE_HEADER, RESPONSE_BODY, STORAGE }

    public TokenIssue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(where, "where");
    }
}
