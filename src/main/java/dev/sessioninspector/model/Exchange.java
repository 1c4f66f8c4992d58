package dev.sessioninspector.model;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One HTTP request and its response, as recorded. {@code id} is 0 until the store assigns one.
 * {@code status} is 0 and {@code error} set when no response came (connection refused, timeout…).
 * A redirect hop is its own exchange; {@code redirectOf} names the exchange that was redirected to it.
 */
public record Exchange(
        long id,
        long recordingId,
        Instant start,
        Duration duration,
        String method,
        URI url,
        Headers requestHeaders,
        Body requestBody,
        int status,
        Headers responseHeaders,
        Body responseBody,
        Initiator initiator,
        Long redirectOf,
        String error) {

    public Exchange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        duration = duration == null ? Duration.ZERO : duration;
        requestHeaders = requestHeaders == null ? Headers.EMPTY : requestHeaders;
        responseHeaders = responseHeaders == null ? Headers.EMPTY : responseHeaders;
        requestBody = requestBody == null ? Body.EMPTY : requestBody;
        responseBody = responseBody == null ? Body.EMPTY : responseBody;
        initiator = initiator == null ? Initiator.UNKNOWN : initiator;
        if (method.isBlank()) {
            throw new IllegalArgumentException("method is blank");
        }
        if (status < 0 || status > 999) {
            throw new IllegalArgumentException("status out of range: " + status);
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException("negative duration");
        }
    }

    public Exchange withId(long newId) {
        return new Exchange(newId, recordingId, start, duration, method, url, requestHeaders, requestBody,
                status, responseHeaders, responseBody, initiator, redirectOf, error);
    }

    public Exchange withRecordingId(long newRecordingId) {
        return new Exchange(id, newRecordingId, start, duration, method, url, requestHeaders, requestBody,
                status, responseHeaders, responseBody, initiator, redirectOf, error);
    }

    public Instant end() {
        return start.plus(duration);
    }

    public boolean failed() {
        return status == 0;
    }

    public boolean isRedirect() {
        return status >= 300 && status < 400 && responseHeaders.has("Location");
    }

    /** Scheme, host and port, e.g. {@code https://shop.example:8443}. */
    public String origin() {
        return Origins.of(url);
    }
}
