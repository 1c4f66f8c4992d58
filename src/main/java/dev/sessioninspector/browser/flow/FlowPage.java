package dev.sessioninspector.browser.flow;

import dev.sessioninspector.browser.engine.FxPlatform;
import dev.sessioninspector.browser.engine.StorageSnapshotter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Worker;
import javafx.scene.web.WebEngine;

/**
 * One headless page for the browser flow engine: a {@link WebEngine} (made and used on the FX thread only)
 * with web-storage snapshots on. Every method is called from the engine's own thread and waits there; the FX
 * thread only runs the short WebEngine calls. Load states are queued by one listener, so a method can start
 * something on the FX thread and then wait for the load it caused without missing a fast one. Web storage lives in a
 * folder of this process's own (removed when it exits), not in WebKit's default one that every process shares: two
 * processes at the same time (two scans, two test JVMs) would meet WebKit's lock on it, which turns local storage off
 * for the page that comes second.
 */
final class FlowPage implements AutoCloseable {
    /** How a wait for a page load ended. */
    enum Ending { SUCCEEDED, FAILED, CANCELLED, NO_LOAD, TIMED_OUT }

    /** The end of a load: how, why (for {@code FAILED}), and where the page is now. */
    record Load(Ending ending, String failure, String location) {
    }

    private static final Duration FX_CALL = Duration.ofSeconds(30);
    private final WebEngine engine;
    private final StorageSnapshotter snapshots;
    private final ExecutorService snapshotWork;
    private static Path processDataDir;
    private final BlockingQueue<Worker.State> states = new LinkedBlockingQueue<>();
    private final ChangeListener<Worker.State> listener = (obs, old, state) -> states.add(state);

    private FlowPage(WebEngine engine, StorageSnapshotter snapshots, ExecutorService snapshotWork) {
        this.engine = engine;
        this.snapshots = snapshots;
        this.snapshotWork = snapshotWork;
    }

    /** Makes the page (JavaFX must run: {@link FxPlatform#ensureStarted()}). */
    static FlowPage open() {
        Path dataDir = processDataDir();
        ExecutorService work = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "flow-storage-snapshots");
            t.setDaemon(true);
            return t;
        });
        FlowPage page = fx(() -> {
            WebEngine e = new WebEngine();
            e.setUserDataDirectory(dataDir.toFile());
            e.setJavaScriptEnabled(true);
            FlowPage p = new FlowPage(e, StorageSnapshotter.attach(e, work), work);
            e.getLoadWorker().stateProperty().addListener(p.listener);
            return p;
        });
        page.awaitAfter(() -> page.engine.loadContent("<!doctype html><html><head></head><body></body></html>"),
                true, Duration.ZERO, FX_CALL);
        return page;
    }

    /** Opens {@code url} and waits for the load to end. */
    Load load(String url, Duration timeout) {
        return awaitAfter(() -> engine.load(url), true, Duration.ZERO, timeout);
    }

    /** Replaces the page with {@code html} (a document the engine wrote) and waits for it. */
    void loadDetached(String html) {
        awaitAfter(() -> engine.loadContent(html), true, Duration.ZERO, FX_CALL);
    }

    /**
     * Runs {@code script} (which must return {@code "ok"} when it did its job) and, when it did, waits for the
     * page load it starts: up to {@code timeout} when one is {@code expected}, else for a load that begins
     * within {@code settle} ({@link Ending#NO_LOAD} when none does).
     *
     * @return null with the script's answer in {@code answer[0]} when the script did not answer {@code ok}
     */
    Load runThenAwait(String script, boolean expected, Duration settle, Duration timeout, String[] answer) {
        String[] said = new String[1];
        Load load = awaitAfter(() -> said[0] = run(script), expected, settle, timeout, () -> PageScripts.OK.equals(said[0]));
        answer[0] = said[0];
        return PageScripts.OK.equals(said[0]) ? load : null;
    }

    /** Runs {@code script} now and returns its answer as text ({@code "error: …"} when it threw). */
    String script(String script) {
        return fx(() -> run(script));
    }

    /** Records the page's web storage now (a single-page app changes it without loading a page). */
    void snapshotStorage() {
        fx(() -> {
            snapshots.snapshotNow();
            return null;
        });
    }

    /**
     * Turns on or off the storage change checks every {@code period} between steps (while the flow is signed in:
     * a page may keep a token in storage only between two steps' snapshots).
     */
    void watchStorage(boolean on, Duration period) {
        fx(() -> {
            if (on) {
                snapshots.watchChanges(period);
            } else {
                snapshots.stopWatching();
            }
            return null;
        });
    }

    /** Where the page is. */
    String location() {
        return fx(engine::getLocation);
    }

    private String run(String script) {
        try {
            return String.valueOf(engine.executeScript(script));
        } catch (RuntimeException e) {
            return "error: " + e.getMessage();
        }
    }

    private Load awaitAfter(Runnable action, boolean expected, Duration settle, Duration timeout) {
        return awaitAfter(action, expected, settle, timeout, () -> true);
    }

    private Load awaitAfter(Runnable action, boolean expected, Duration settle, Duration timeout,
                            java.util.function.BooleanSupplier proceed) {
        fx(() -> {
            states.clear();
            action.run();
            return null;
        });
        if (!proceed.getAsBoolean()) {
            return new Load(Ending.NO_LOAD, null, location());
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        long settleDeadline = System.nanoTime() + settle.toNanos();
        boolean waiting = expected;
        boolean cancelled = false;
        try {
            while (true) {
                long until = waiting ? deadline : Math.min(deadline, settleDeadline);
                Worker.State s = states.poll(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (s == null) {
                    if (waiting) {
                        fx(() -> engine.getLoadWorker().cancel());
                        return new Load(Ending.TIMED_OUT, null, location());
                    }
                    return new Load(cancelled ? Ending.CANCELLED : Ending.NO_LOAD, null, location());
                }
                switch (s) {
                    case SCHEDULED, RUNNING -> waiting = true;
                    case SUCCEEDED -> {
                        return new Load(Ending.SUCCEEDED, null, location());
                    }
                    case FAILED -> {
                        return new Load(Ending.FAILED, failure(), location());
                    }
                    case CANCELLED -> { // replaced by another load, or stopped: give a successor a moment
                        cancelled = true;
                        waiting = false;
                        settleDeadline = System.nanoTime() + Math.max(settle.toNanos(), Duration.ofSeconds(1).toNanos());
                    }
                    default -> {
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the page", e);
        }
    }

    private String failure() {
        return fx(() -> {
            Throwable t = engine.getLoadWorker().getException();
            return t == null ? "the page failed to load" : t.getMessage() == null ? t.getClass().getSimpleName()
                    : t.getMessage();
        });
    }

    /** Stops the page and hands over the last storage snapshots (waits up to 5 s for them). */
    @Override
    public void close() {
        try {
            fx(() -> {
                engine.getLoadWorker().stateProperty().removeListener(listener);
                snapshots.detach();
                engine.getLoadWorker().cancel();
                engine.load("about:blank");
                return null;
            });
        } finally {
            snapshotWork.shutdown();
            try {
                snapshotWork.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** This process's web-storage folder for flow pages: made on first use (owner-only), removed at exit. */
    private static synchronized Path processDataDir() {
        if (processDataDir == null) {
            try {
                Path dir = Files.createTempDirectory("session-inspector-flow");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir), "flow-storage-cleanup"));
                processDataDir = dir;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the flow pages' storage folder", e);
            }
        }
        return processDataDir;
    }

    /** Removes the storage folder, best effort. */
    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            dir.toFile().deleteOnExit();
        }
    }

    private static <T> T fx(java.util.concurrent.Callable<T> call) {
        try {
            return FxPlatform.call(call, FX_CALL);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the JavaFX thread did not answer in " + FX_CALL.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
