package dev.sessioninspector.ui.autopilot;

import dev.sessioninspector.model.RecordingData;
import java.net.URI;
import java.util.function.Consumer;

/** Starts and stops recording for the autopilot (the app's recording controls, or {@link CaptureRecorder}). */
public interface AutopilotRecorder {
    /** Starts recording the browser's traffic (FX thread). */
    void start(URI target);

    /** Stops recording; {@code done} gets the finished recording on the FX thread. */
    void stop(Consumer<RecordingData> done);
}
