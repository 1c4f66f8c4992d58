package dev.sessioninspector.ui.probes;

import dev.sessioninspector.probe.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A {@link Sleeper} that waits and reports the time left about every quarter second, for the idle and the
 * absolute probe's countdowns. After {@link #expect(Duration)} (the absolute probe: many gaps, a request between
 * two) it reports what is left of the whole expected wait, counted as the probe counts it (the time slept), so the
 * countdown shows the remaining lifetime, holds while a request is out, and does not restart at each gap;
 * otherwise what is left of the current sleep. {@code remaining} is called on the sleeping
 * thread; it says zero once, when the whole wait is over.
 */
final class CountdownSleeper implements Sleeper {
    private static final Duration TICK = Duration.ofMillis(250);
    private final Consumer<Duration> remaining;
    private final Clock clock;
    private final Sleeper wait;
    private volatile Duration expectedLeft;

    CountdownSleeper(Consumer<Duration> remaining) {
        this(remaining, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /**
     * @param clock tells the time left ({@code FakeClock} in tests)
     * @param wait  waits one tick ({@code Sleeper.SYSTEM}; in tests, moves the fake clock)
     */
    CountdownSleeper(Consumer<Duration> remaining, Clock clock, Sleeper wait) {
        this.remaining = Objects.requireNonNull(remaining, "remaining");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.wait = Objects.requireNonNull(wait, "wait");
    }

    @Override
    public void expect(Duration total) {
        expectedLeft = total;
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        Duration whole = expectedLeft;
        Instant end = clock.instant().plus(duration);
        Duration left;
        while ((left = Duration.between(clock.instant(), end)).compareTo(Duration.ZERO) > 0) {
            Duration slept = duration.minus(left);
            remaining.accept(whole == null ? left : max(left, whole.minus(slept)));
            Duration tick = left.compareTo(TICK) < 0 ? left : TICK;
            wait.sleep(tick.isZero() ? Duration.ofMillis(1) : tick);
        }
        Duration after = whole == null ? Duration.ZERO : whole.minus(duration);
        if (after.compareTo(Duration.ZERO) > 0) {
            expectedLeft = after;
            remaining.accept(after); // between two gaps: the countdown holds on what is left of the whole wait
        } else {
            expectedLeft = null;
            remaining.accept(Duration.ZERO);
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
