package dev.sessioninspector.ui.probes;

import dev.sessioninspector.probe.Sleeper;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A {@link Sleeper} that really waits and reports the time left about every quarter second, for the idle
 * probe's countdown. {@code remaining} is called on the sleeping thread; the last call says zero.
 */
final class CountdownSleeper implements Sleeper {
    private static final long TICK_MS = 250;
    private final Consumer<Duration> remaining;

    CountdownSleeper(Consumer<Duration> remaining) {
        this.remaining = Objects.requireNonNull(remaining, "remaining");
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        long left;
        while ((left = end - System.nanoTime()) > 0) {
            remaining.accept(Duration.ofNanos(left));
            Thread.sleep(Math.min(TICK_MS, Math.max(1, left / 1_000_000)));
        }
        remaining.accept(Duration.ZERO);
    }
}
