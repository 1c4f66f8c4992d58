package dev.sessioninspector.testkit;

import dev.sessioninspector.browser.Browser;
import dev.sessioninspector.browser.engine.FxBootstrap;
import dev.sessioninspector.store.AppDataFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Worker;
import javafx.geometry.Point2D;
import javafx.scene.web.WebEngine;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one FX harness of the tests: starts the headless toolkit as the launcher does (capture hooks first, data
 * folder in a temp directory), runs code on the FX thread, waits for conditions and page loads.
 *
 * <p>Surefire runs every test class in one JVM and the URL handler factory can be set once, so every test that
 * starts JavaFX goes through {@link #start()}, which prepares the platform ({@link FxBootstrap#prepare()}) first.
 */
public final class Fx {
    public static final long TIMEOUT_S = 60;

    private Fx() {
    }

    /** Prepares the platform as the launcher does and starts the (headless) toolkit once. Idempotent. */
    public static synchronized void start() {
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1440x900-32");
        }
        FxBootstrap.prepare();
        if (System.getProperty(AppDataFolder.OVERRIDE) == null) {
            try {
                System.setProperty(AppDataFolder.OVERRIDE, Files.createTempDirectory("si-fx-test").toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            FxToolkit.registerPrimaryStage();
        } catch (Exception e) {
            throw new IllegalStateException("JavaFX did not start", e);
        }
        Platform.setImplicitExit(false);
    }

    /** Runs {@code c} on the FX thread and returns its result; its exception is rethrown as it was. */
    public static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("FX call failed", e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException("FX call failed", e);
        }
    }

    /** Runs {@code r} on the FX thread and waits for it. */
    public static void run(Runnable r) {
        fx(() -> {
            r.run();
            return null;
        });
    }

    /** Waits until {@code condition} (evaluated on the FX thread) holds. */
    public static void waitUntil(String what, Callable<Boolean> condition) {
        waitUntil(what, condition, () -> "");
    }

    /** Waits until {@code condition} (on the FX thread) holds; on timeout the failure shows what {@code state} says. */
    public static void waitUntil(String what, Callable<Boolean> condition, Callable<String> state) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (System.nanoTime() < deadline) {
            if (Boolean.TRUE.equals(fx(condition))) {
                return;
            }
            sleep(30);
        }
        throw new AssertionError("timed out after " + TIMEOUT_S + " s waiting for: " + what + "; " + fx(state));
    }

    /** Polls {@code condition} on the calling thread until it holds. */
    public static void await(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Boolean.TRUE.equals(condition.call())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            sleep(20);
        }
    }

    /** Lets the FX thread catch up with what was queued on it. */
    public static void settle() {
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    public static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- a bare WebEngine (capture tests) ---

    public static WebEngine newEngine() {
        return fx(WebEngine::new);
    }

    /** Loads {@code url} and waits for the load to finish; returns the final state. */
    public static Worker.State load(WebEngine engine, String url) throws InterruptedException {
        return waitForLoad(engine, () -> engine.load(url));
    }

    /** Runs {@code action} on the FX thread and waits for the page load it starts. */
    public static Worker.State waitForLoad(WebEngine engine, Runnable action) throws InterruptedException {
        BlockingQueue<Worker.State> states = new LinkedBlockingQueue<>();
        ChangeListener<Worker.State> listener = (o, a, b) -> {
            if (b == Worker.State.SUCCEEDED || b == Worker.State.FAILED || b == Worker.State.CANCELLED) {
                states.add(b);
            }
        };
        run(() -> {
            engine.getLoadWorker().stateProperty().addListener(listener);
            action.run();
        });
        try {
            Worker.State s = states.poll(TIMEOUT_S, TimeUnit.SECONDS);
            if (s == null) {
                throw new AssertionError("page load did not finish in " + TIMEOUT_S + " s");
            }
            return s;
        } finally {
            run(() -> engine.getLoadWorker().stateProperty().removeListener(listener));
        }
    }

    public static Object script(WebEngine engine, String js) {
        return fx(() -> engine.executeScript(js));
    }

    // --- the app's browser ---

    /** Waits until the browser shows {@code urlPrefix…} fully loaded, then a pulse more. */
    public static void waitForPage(Browser browser, String urlPrefix) {
        waitUntil("page " + urlPrefix + " loaded", () -> browser.location().get() != null
                && browser.location().get().startsWith(urlPrefix)
                && browser.loadState().get() == Worker.State.SUCCEEDED, () -> describe(browser));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The page's URL and state and the start of its text, for failure messages (FX thread). */
    public static String describe(Browser browser) {
        Object text = browser.engine().executeScript("document.body ? document.body.innerText : ''");
        String t = text == null ? "" : text.toString().replaceAll("\\s+", " ");
        return browser.location().get() + " [" + browser.loadState().get() + "] "
                + t.substring(0, Math.min(300, t.length()));
    }

    /** The visible text of the page. */
    public static String pageText(Browser browser) {
        return fx(() -> (String) browser.engine().executeScript("document.body.innerText"));
    }

    /**
     * The screen point at the centre of the first page element matching the CSS {@code selector}, from its
     * bounding box (scrolled into view first) and the WebView's position on screen.
     */
    public static Point2D screenCentreOf(Browser browser, String selector) {
        String quoted = "'" + selector.replace("\\", "\\\\").replace("'", "\\'") + "'";
        return fx(() -> {
            Object box = browser.engine().executeScript("(function(){var e=document.querySelector(" + quoted
                    + "); if(!e) return ''; e.scrollIntoView({block:'center'});"
                    + " var r=e.getBoundingClientRect(); return (r.left+r.width/2)+','+(r.top+r.height/2);})()");
            if (!(box instanceof String s) || s.isEmpty()) {
                throw new AssertionError("no element " + selector + " on " + browser.location().get());
            }
            String[] xy = s.split(",");
            double zoom = browser.view().getZoom();
            return browser.view().localToScreen(Double.parseDouble(xy[0]) * zoom, Double.parseDouble(xy[1]) * zoom);
        });
    }
}
