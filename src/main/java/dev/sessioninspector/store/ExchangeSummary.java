package dev.sessioninspector.store;

import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.Origins;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One exchange as a listing shows it: no headers, no bodies (load those with {@link Project#exchange(long)}).
 *
 * @param requestSize   the original size of the request body in bytes
 * @param responseSize  the original size of the response body in bytes
 * @param contentType   the response's {@code Content-Type}, or null
 */
public record ExchangeSummary(
        long id,
        long recordingId,
        Instant start,
        Duration duration,
        String method,
        URI url,
        int status,
        long requestSize,
        long responseSize,
        String contentType,
        Initiator initiator,
        Long redirectOf,
        String error) {

    public ExchangeSummary {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(initiator, "initiator");
        if (requestSize < 0 || responseSize < 0) {
            throw new IllegalArgumentException("negative body size");
        }
    }

    public boolean failed() {
        return status == 0;
    }

    public String origin() {
        return Origins.of(url);
    }
}
