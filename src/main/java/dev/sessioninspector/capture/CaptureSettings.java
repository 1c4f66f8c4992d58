package dev.sessioninspector.capture;

import java.time.Clock;
import java.util.Objects;

/**
 * How capture records.
 *
 * @param maxBodyBytes  how many bytes of each request and response body are kept; the real size is kept too
 * @param maskPasswords whether password fields in recorded form bodies, JSON bodies and query strings are
 *                      replaced by {@value PasswordMasker#MASK} (the default; a setting keeps them)
 * @param clock         the clock that stamps exchanges and cookie events and judges cookie expiry
 */
public record CaptureSettings(int maxBodyBytes, boolean maskPasswords, Clock clock) {
    /** The default body cap: 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

    public CaptureSettings {
        if (maxBodyBytes < 0) {
            throw new IllegalArgumentException("maxBodyBytes must be >= 0, was " + maxBodyBytes);
        }
        Objects.requireNonNull(clock, "clock");
    }

    /** 1 MiB bodies, passwords masked, the system clock. */
    public static CaptureSettings defaults() {
        return new CaptureSettings(DEFAULT_MAX_BODY_BYTES, true, Clock.systemUTC());
    }

    public CaptureSettings withMaxBodyBytes(int bytes) {
        return new CaptureSettings(bytes, maskPasswords, clock);
    }

    public CaptureSettings withMaskPasswords(boolean mask) {
        return new CaptureSettings(maxBodyBytes, mask, clock);
    }

    public CaptureSettings withClock(Clock newClock) {
        return new CaptureSettings(maxBodyBytes, maskPasswords, newClock);
    }
}
