package dev.sessioninspector.analysis;

import java.time.Instant;
import java.util.Objects;

/**
 * One distinct value a cookie had in the recording, where it first appeared.
 *
 * @param exchangeId the exchange whose response set it, or that first sent it
 * @param issued     true when a response of the recording set it (false: only ever seen sent)
 */
public record ObservedValue(String value, long exchangeId, Instant time, boolean issued) {
    public ObservedValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(time, "time");
    }
}
