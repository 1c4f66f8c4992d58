package dev.sessioninspector.ui;

import dev.sessioninspector.browser.AppDirectories;
import dev.sessioninspector.browser.Browser;
import dev.sessioninspector.browser.FxBootstrap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Worker;
import javafx.geometry.Point2D;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Shared plumbing of the GUI tests: the headless toolkit, FX-thread calls and waiting for pages. */
final class FxTests {
    static final long TIMEOUT_S = 30;

    private FxTests() {
    }

    /** Prepares the platform as the launcher does and starts the (headless) toolkit once. */
    static void startToolkit() throws Exception {
        FxBootstrap.prepare();
        if (System.getProperty(AppDirectories.OVERRIDE) == null) {
            try {
                Path data = Files.createTempDirectory("si-gui-test");
                System.setProperty(AppDirectories.OVERRIDE, data.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        FxToolkit.registerPrimaryStage();
    }

    /** Runs {@code c} on the FX thread and returns its result. */
    static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("FX call failed", e);
        }
    }

    /** Runs {@code r} on the FX thread and waits for it. */
    static void fxRun(Runnable r) {
        fx(() -> {
            r.run();
            return null;
        });
    }

    /** Waits until {@code condition} (evaluated on the FX thread) holds. */
    static void waitUntil(String what, Callable<Boolean> condition) {
        waitUntil(what, condition, () -> "");
    }

    /** Waits until {@code condition} holds; on timeout the failure shows what {@code state} says. */
    static void waitUntil(String what, Callable<Boolean> condition, Callable<String> state) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (System.nanoTime() < deadline) {
            if (Boolean.TRUE.equals(fx(condition))) {
                return;
            }
            sleep(50);
        }
        throw new AssertionError("timed out after " + TIMEOUT_S + " s waiting for: " + what + "; " + fx(state));
    }

    /** Waits until the browser shows {@code urlPrefix…} fully loaded, then a pulse more. */
    static void waitForPage(Browser browser, String urlPrefix) {
        waitUntil("page " + urlPrefix + " loaded", () -> browser.location().get() != null
                && browser.location().get().startsWith(urlPrefix)
                && browser.loadState().get() == Worker.State.SUCCEEDED);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The page's URL and state and the start of its text, for failure messages (FX thread). */
    static String describe(Browser browser) {
        Object text = browser.engine().executeScript("document.body ? document.body.innerText : ''");
        String t = text == null ? "" : text.toString().replaceAll("\\s+", " ");
        return browser.location().get() + " [" + browser.loadState().get() + "] "
                + t.substring(0, Math.min(300, t.length()));
    }

    /** The visible text of the page. */
    static String pageText(Browser browser) {
        return fx(() -> (String) browser.engine().executeScript("document.body.innerText"));
    }

    /**
     * The screen point at the centre of the first page element matching the CSS {@code selector}, from its
     * bounding box (scrolled into view first) and the WebView's position on screen.
     */
    static Point2D screenCentreOf(Browser browser, String selector) {
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

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
