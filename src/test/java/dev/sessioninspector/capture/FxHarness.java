package dev.sessioninspector.capture;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Worker;
import javafx.scene.web.WebEngine;

/**
 * Starts headless JavaFX for tests, with the capture hooks installed first (surefire runs every test class
 * in one JVM, and the URL handler factory can be set only once: any test that starts JavaFX must call
 * {@code CaptureHooks.install()} before it, which {@link #start()} does).
 */
public final class FxHarness {
    private static boolean started;

    private FxHarness() {
    }

    public static synchronized void start() throws InterruptedException {
        CaptureHooks.install();
        if (started) {
            return;
        }
        CountDownLatch latch = new CountDownLatch(1);
        try {
            Platform.startup(latch::countDown);
        } catch (IllegalStateException alreadyRunning) {
            latch.countDown();
        }
        if (!latch.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("JavaFX did not start");
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    public static <T> T onFx(Callable<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    public static WebEngine newEngine() throws Exception {
        return onFx(WebEngine::new);
    }

    /** Loads {@code url} and waits for the load to finish; returns the final state. */
    public static Worker.State load(WebEngine engine, String url) throws Exception {
        return waitForLoad(engine, () -> engine.load(url));
    }

    /** Runs {@code action} on the FX thread and waits for the page load it starts. */
    public static Worker.State waitForLoad(WebEngine engine, Runnable action) throws Exception {
        BlockingQueue<Worker.State> states = new LinkedBlockingQueue<>();
        ChangeListener<Worker.State> listener = (o, a, b) -> {
            if (b == Worker.State.SUCCEEDED || b == Worker.State.FAILED || b == Worker.State.CANCELLED) {
                states.add(b);
            }
        };
        onFx(() -> {
            engine.getLoadWorker().stateProperty().addListener(listener);
            action.run();
            return null;
        });
        try {
            Worker.State s = states.poll(30, TimeUnit.SECONDS);
            if (s == null) {
                throw new AssertionError("page load did not finish in 30 s");
            }
            return s;
        } finally {
            onFx(() -> {
                engine.getLoadWorker().stateProperty().removeListener(listener);
                return null;
            });
        }
    }

    public static Object script(WebEngine engine, String js) throws Exception {
        return onFx(() -> engine.executeScript(js));
    }

    /** Polls {@code condition} on the calling thread until it holds. */
    public static void await(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Boolean.TRUE.equals(condition.call())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
