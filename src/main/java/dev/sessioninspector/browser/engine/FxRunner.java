package dev.sessioninspector.browser.engine;

import javafx.application.Platform;

/**
 * THE way work is handed to the JavaFX thread: background threads, the store's writer and timers call
 * {@link #run}, never {@code Platform.runLater} themselves. {@link #PLATFORM} queues the work on the FX thread
 * (in submission order); {@link #DIRECT} runs it on the caller at once, so a test can drive a view or the live
 * feed without a toolkit, step by step.
 */
@FunctionalInterface
public interface FxRunner {
    /** Queues work for the FX thread (JavaFX's own queue, in order). */
    FxRunner PLATFORM = Platform::runLater;

    /** Runs the work on the calling thread at once: for tests that replace the FX thread. */
    FxRunner DIRECT = Runnable::run;

    /** Hands {@code work} to the FX thread. */
    void run(Runnable work);

    /** Runs {@code work} now when already on the FX thread, else hands it over. */
    default void runNowOrLater(Runnable work) {
        if (this == DIRECT || Platform.isFxApplicationThread()) {
            work.run();
        } else {
            run(work);
        }
    }
}
