package dev.sessioninspector.probe;

import java.util.function.LongSupplier;

/**
 * Spaces permits at most {@code perSecond} apart across threads (no bursts beyond one permit); 0 = unlimited.
 * Time comes from an injected nanosecond clock and sleeper, so tests need not wait. A probe run has one, shared
 * by all its probes and its token sample, so the ceiling holds across the whole run.
 */
final class RateLimiter {
    /** Sleeps for a number of nanoseconds. */
    interface Sleeper {
        void sleepNanos(long nanos) throws InterruptedException;
    }

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private long next;
    private long permits;

    RateLimiter(double perSecond, LongSupplier nanoTime, Sleeper sleeper) {
        this.intervalNanos = perSecond > 0 ? Math.max(1, Math.round(1e9 / perSecond)) : 0;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        this.next = nanoTime.getAsLong();
    }

    static RateLimiter system(double perSecond) {
        return new RateLimiter(perSecond, System::nanoTime, nanos -> Thread.sleep(nanos / 1_000_000,
                (int) (nanos % 1_000_000)));
    }

    /** Blocks until the caller may send its next request. */
    void acquire() throws InterruptedException {
        if (intervalNanos == 0) {
            synchronized (this) {
                permits++;
            }
            return;
        }
        long wait;
        synchronized (this) {
            permits++;
            long now = nanoTime.getAsLong();
            long slot = Math.max(next, now);
            next = slot + intervalNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            sleeper.sleepNanos(wait);
        }
    }

    /** Permits granted so far (each one a request sent, or about to be). */
    synchronized long permits() {
        return permits;
    }
}
