package dev.sessioninspector.ui;

import dev.sessioninspector.browser.engine.FxBootstrap;
import java.util.Objects;
import javafx.application.Application;

/**
 * Starts JavaFX and the inspector window, and blocks until the window closes. The {@code gui} command's way
 * in; JavaFX can start only once per JVM.
 */
public final class GuiLauncher {
    private static GuiOptions pending;
    private static volatile RuntimeException failure;

    private GuiLauncher() {
    }

    /**
     * Runs the GUI: prepares the platform (loader properties, capture hooks, Monocle when there is no
     * display), shows the window and returns when it is closed.
     *
     * @throws RuntimeException with a one-line message when the run failed (e.g. {@code --screenshot} could
     *                          not load the page or write the file)
     */
    public static void launch(GuiOptions options) {
        Objects.requireNonNull(options, "options");
        FxBootstrap.prepare();
        synchronized (GuiLauncher.class) {
            pending = options;
        }
        failure = null;
        Application.launch(SessionInspectorApp.class);
        if (failure != null) {
            throw failure;
        }
    }

    /** The options of the launch in progress (read by the Application's no-argument constructor). */
    static synchronized GuiOptions pendingOptions() {
        return pending == null ? new GuiOptions(null, null, false, null) : pending;
    }

    /** Records why the run failed; {@link #launch} throws it once JavaFX has exited. */
    static void fail(RuntimeException why) {
        failure = why;
    }
}
