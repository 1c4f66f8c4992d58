package dev.sessioninspector.ui.inspect;

import dev.sessioninspector.analysis.AnalysisEngine;
import dev.sessioninspector.browser.AppDirectories;
import dev.sessioninspector.browser.Browser;
import dev.sessioninspector.browser.FxBootstrap;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.ui.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A main window with the inspector installed, on the headless toolkit, for the view tests. */
final class ViewHarness implements AutoCloseable {
    static final long TIMEOUT_S = 30;
    final InspectorState state;
    final MainWindow window;
    final InspectorViews views;
    private final Preferences prefs;

    private ViewHarness(InspectorState state, MainWindow window, InspectorViews views, Preferences prefs) {
        this.state = state;
        this.window = window;
        this.views = views;
        this.prefs = prefs;
    }

    static void startToolkit() throws Exception {
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1440x900-32");
        }
        FxBootstrap.prepare();
        if (System.getProperty(AppDirectories.OVERRIDE) == null) {
            System.setProperty(AppDirectories.OVERRIDE, Files.createTempDirectory("si-view-test").toString());
        }
        FxToolkit.registerPrimaryStage();
    }

    static ViewHarness open() {
        Preferences prefs = Preferences.userRoot().node("dev/sessioninspector/test-" + System.nanoTime());
        return fx(() -> {
            Stage stage = new Stage();
            MainWindow w = new MainWindow(stage, new Browser(AppDirectories.webViewData()));
            InspectorState state = new InspectorState();
            InspectorViews v = InspectorViews.install(w, state, new RecentFiles(prefs));
            v.setShowAlerts(false);
            ViewHarness out = new ViewHarness(state, w, v, prefs);
            var screen = javafx.stage.Screen.getPrimary().getBounds();
            stage.setWidth(Math.min(1440, screen.getWidth()));
            stage.setHeight(Math.min(900, screen.getHeight()));
            stage.show();
            return out;
        }).withWorkspaceMostlyInspector();
    }

    private ViewHarness withWorkspaceMostlyInspector() {
        fxRun(() -> {
            var ws = (javafx.scene.control.SplitPane) window.inspectorTabs().getParent().getParent();
            ws.setDividerPositions(0.22);
        });
        return this;
    }

    /** Shows {@code data} with its analysis and waits until every view has it. */
    void show(RecordingData data) {
        var analysis = new AnalysisEngine().analyze(data);
        fxRun(() -> views.loader().show(data, analysis));
        settle();
    }

    /** Waits until background work is done and the FX thread has caught up. */
    void settle() {
        waitUntil("background work", () -> !state.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("FX call failed", e);
        }
    }

    static void fxRun(Runnable r) {
        fx(() -> {
            r.run();
            return null;
        });
    }

    static void waitUntil(String what, Callable<Boolean> condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (System.nanoTime() < deadline) {
            if (Boolean.TRUE.equals(fx(condition))) {
                return;
            }
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("timed out waiting for: " + what);
    }

    @Override
    public void close() throws Exception {
        fxRun(() -> window.stage().close());
        state.close();
        prefs.removeNode();
    }
}
