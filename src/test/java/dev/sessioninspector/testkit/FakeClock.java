package dev.sessioninspector.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The one clock tests move by hand (an idle probe's sleeper, a shop's session expiry). Thread-safe. */
public final class FakeClock extends Clock {
    /** Where a test's time starts unless it says otherwise. */
    public static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private volatile Instant now;

    public FakeClock() {
        this(T0);
    }

    public FakeClock(Instant start) {
        this.now = start;
    }

    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
