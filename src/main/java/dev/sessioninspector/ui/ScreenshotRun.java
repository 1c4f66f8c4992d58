package dev.sessioninspector.ui;

import dev.sessioninspector.browser.engine.FxRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.concurrent.Worker;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;

/**
 * {@code gui --screenshot PNG}: once the first page has loaded (or failed, or a minute has passed), waits for
 * the WebView to paint, saves the window as PNG and reports back (the app then exits). A page that did not
 * load still gets its screenshot, and the run ends with a failure.
 */
final class ScreenshotRun {
    static final Duration SETTLE = Duration.millis(800);
    static final Duration TIMEOUT = Duration.seconds(60);
    static final Duration READY_TIMEOUT = Duration.seconds(180);

    private final MainWindow window;
    private final Path file;
    private final Consumer<Optional<RuntimeException>> done;
    private boolean taken;

    /**
     * @param done called once the file is written (or writing failed), off the FX thread, with the reason
     *             the run failed if it did
     */
    ScreenshotRun(MainWindow window, Path file, Consumer<Optional<RuntimeException>> done) {
        this.window = window;
        this.file = file;
        this.done = done;
    }

    /** Starts watching the browser (FX thread, before the first load). */
    void arm() {
        window.browser().loadState().addListener((obs, old, state) -> {
            String location = window.browser().location().get();
            if (state == Worker.State.SUCCEEDED) {
                // WebKit silently swaps URLs on ports it refuses (e.g. 1, 22, 25) for about:blank.
                settleThenShoot("about:blank".equals(location) ? "the browser refused to open the page" : null);
            } else if (state == Worker.State.FAILED) {
                Throwable why = window.browser().engine().getLoadWorker().getException();
                settleThenShoot("the page did not load: " + location
                        + (why == null || why.getMessage() == null ? "" : " (" + why.getMessage() + ")"));
            }
        });
        PauseTransition timeout = new PauseTransition(TIMEOUT);
        timeout.setOnFinished(e -> shoot("the page did not finish loading within "
                + (int) TIMEOUT.toSeconds() + " s"));
        timeout.play();
    }

    /**
     * Shoots once {@code ready} completes instead of after the first load (the autopilot's findings), with
     * its failure as the run's; FX thread. After {@link #READY_TIMEOUT} the window is saved as it is.
     */
    void armWhen(java.util.concurrent.CompletionStage<?> ready) {
        ready.whenComplete((value, failure) -> FxRunner.PLATFORM.run(() -> settleThenShoot(
                failure == null ? null : "the autopilot did not finish: " + (failure.getCause() != null
                        ? failure.getCause().getMessage() : failure.getMessage()))));
        PauseTransition timeout = new PauseTransition(READY_TIMEOUT);
        timeout.setOnFinished(e -> shoot("the autopilot did not finish within " + (int) READY_TIMEOUT.toSeconds()
                + " s"));
        timeout.play();
    }

    private void settleThenShoot(String problem) {
        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(e -> shoot(problem));
        settle.play();
    }

    private void shoot(String problem) {
        if (taken) {
            return;
        }
        taken = true;
        WindowSnapshot.afterPulses(window.stage().getScene(), 3, image -> save(image, problem));
    }

    private void save(WritableImage image, String problem) {
        Thread writer = new Thread(() -> {
            RuntimeException failure = null;
            try {
                WindowSnapshot.writePng(image, file);
                if (problem != null) {
                    failure = new IllegalStateException(problem + " (screenshot saved to " + file + ")");
                }
            } catch (IOException | RuntimeException e) {
                failure = new IllegalStateException("cannot write the screenshot " + file + ": "
                        + e.getMessage(), e);
            }
            done.accept(Optional.ofNullable(failure));
        }, "screenshot-writer");
        writer.start();
    }
}
