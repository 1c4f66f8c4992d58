package dev.sessioninspector.testkit;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A test server that holds its answer until the test lets it go: the sample must have ended on its own by then. */
public final class Hold {
    /** How long a held answer waits at most, so that a test that never lets it go still ends. */
    public static final long AT_MOST_SECONDS = 30;

    private Hold() {
    }

    /** Waits until {@code release} is counted down or {@link #AT_MOST_SECONDS} passed; an interrupt ends it too. */
    public static void until(CountDownLatch release) {
        try {
            release.await(AT_MOST_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
