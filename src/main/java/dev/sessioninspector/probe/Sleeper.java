package dev.sessioninspector.probe;

import java.time.Duration;

/** Waits; injected so tests move a clock instead of waiting (the idle-timeout probe). */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    /** Really waits. */
    Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());
}
