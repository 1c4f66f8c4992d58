package dev.sessioninspector.browser.engine;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;

/**
 * Starts JavaFX for code that needs a {@code WebEngine} without a window (the browser flow engine), and runs
 * short calls on the FX thread from another thread. {@link #ensureStarted()} prepares the platform first
 * ({@link FxBootstrap#prepare()}: capture hooks, Monocle when there is no display), starts the toolkit once
 * when nobody has, and never stops it: a GUI or another engine in the same JVM may be using it.
 */
public final class FxPlatform {
    private static boolean started;

    private FxPlatform() {
    }

    /**
     * Makes sure the JavaFX toolkit runs. When this call starts it, implicit exit is turned off so the
     * toolkit outlives windows closing; a toolkit someone else started is left as it is.
     *
     * @throws IllegalStateException if it did not start within 30 s, or is called on the FX thread
     */
    public static synchronized void ensureStarted() {
        if (started) {
            return;
        }
        FxBootstrap.prepare();
        CountDownLatch up = new CountDownLatch(1);
        boolean ours;
        try {
            Platform.startup(up::countDown);
            ours = true;
        } catch (IllegalStateException alreadyRunning) {
            up.countDown();
            ours = false;
        }
        try {
            if (!up.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("JavaFX did not start in 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while JavaFX started", e);
        }
        if (ours) {
            Platform.setImplicitExit(false);
        }
        started = true;
    }

    /**
     * Runs {@code call} on the FX thread and waits for its result on this thread.
     *
     * @throws IllegalStateException if called on the FX thread (it would wait for itself)
     * @throws TimeoutException      if the FX thread did not get to it within {@code timeout}
     * @throws ExecutionException    wrapping what {@code call} threw
     */
    public static <T> T call(Callable<T> call, Duration timeout)
            throws TimeoutException, ExecutionException, InterruptedException {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("must not be called on the FX thread");
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        FxRunner.PLATFORM.run(() -> {
            try {
                result.complete(call.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
