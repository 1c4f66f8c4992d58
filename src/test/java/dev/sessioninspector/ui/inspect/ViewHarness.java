package dev.sessioninspector.ui.inspect;

import dev.sessioninspector.ui.state.Dialogs;
import static dev.sessioninspector.testkit.Fx.fx;

import dev.sessioninspector.analysis.AnalysisEngine;
import dev.sessioninspector.browser.Browser;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.store.AppDataFolder;
import dev.sessioninspector.testkit.Fx;
import dev.sessioninspector.ui.MainWindow;
import dev.sessioninspector.ui.state.InspectorState;
import dev.sessioninspector.ui.state.RecentFiles;
import java.util.prefs.Preferences;
import javafx.stage.Stage;

/** A main window with the inspector installed, on the headless toolkit, for the view tests. */
final class ViewHarness implements AutoCloseable {
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

    static ViewHarness open() {
        Preferences prefs = Preferences.userRoot().node("dev/sessioninspector/test-" + System.nanoTime());
        return fx(() -> {
            Stage stage = new Stage();
            MainWindow w = new MainWindow(stage, new Browser(AppDataFolder.webViewData()));
            InspectorState state = new InspectorState();
            InspectorViews v = InspectorViews.install(w, state, new RecentFiles(prefs));
            v.setDialogs(Dialogs.QUIET);
            ViewHarness out = new ViewHarness(state, w, v, prefs);
            var screen = javafx.stage.Screen.getPrimary().getBounds();
            stage.setWidth(Math.min(1440, screen.getWidth()));
            stage.setHeight(Math.min(900, screen.getHeight()));
            stage.show();
            return out;
        }).withWorkspaceMostlyInspector();
    }

    private ViewHarness withWorkspaceMostlyInspector() {
        Fx.run(() -> {
            var ws = (javafx.scene.control.SplitPane) window.inspectorTabs().getParent().getParent();
            ws.setDividerPositions(0.22);
        });
        return this;
    }

    /** Shows {@code data} with its analysis and waits until every view has it. */
    void show(RecordingData data) {
        var analysis = new AnalysisEngine().analyze(data);
        Fx.run(() -> state.showRecording(data, analysis));
        settle();
    }

    /** Waits until background work is done and the FX thread has caught up. */
    void settle() {
        Fx.waitUntil("background work", () -> !state.busyProperty().get());
        Fx.settle();
    }

    @Override
    public void close() throws Exception {
        Fx.run(() -> window.stage().close());
        state.close();
        prefs.removeNode();
    }
}
