package dev.sessioninspector.ui.entropy;

import dev.sessioninspector.browser.AppDirectories;
import dev.sessioninspector.browser.FxBootstrap;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** FX plumbing for the insight views' tests: headless toolkit, FX-thread calls, waiting. */
public final class Fx {
    public static final long TIMEOUT_S = 60;

    private Fx() {
    }

    public static void start() throws Exception {
        FxBootstrap.prepare();
        if (System.getProperty(AppDirectories.OVERRIDE) == null) {
            System.setProperty(AppDirectories.OVERRIDE, Files.createTempDirectory("si-insight-test").toString());
        }
        FxToolkit.registerPrimaryStage();
    }

    public static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("FX call failed", e);
        }
    }

    public static void run(Runnable r) {
        fx(() -> {
            r.run();
            return null;
        });
    }

    public static void waitUntil(String what, Callable<Boolean> condition, Callable<String> state) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (System.nanoTime() < deadline) {
            if (Boolean.TRUE.equals(fx(condition))) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("timed out after " + TIMEOUT_S + " s waiting for " + what + "; " + fx(state));
    }
}
