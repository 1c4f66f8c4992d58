package dev.sessioninspector.probe;

import java.time.Duration;

/** Waits; injected so tests move a clock instead of waiting (the idle-timeout probe). */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Says that about {@code total} of waiting is about to begin, in several sleeps with work between them (the
     * absolute-timeout probe's gaps between two touches of the signed-in page). A sleeper that shows a countdown
     * counts down the whole of it, not each sleep; others ignore it.
     */
    default void expect(Duration total) {
    }

    /** Really waits. */
    Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());
}
