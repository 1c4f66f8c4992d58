package dev.sessioninspector.ui.probes;

import dev.sessioninspector.analysis.AnalysisInputs;
import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.RecordingSink;

/**
 * Where the probes view gets its recording and where the probes' traffic and the new analysis go. The
 * inspector's shared state implements it ({@link InspectorProbeHost}); tests and the autopilot without a
 * project use {@link MemoryProbeHost}.
 */
public interface ProbeHost {
    /** The recording to probe, or null when there is none (FX thread). */
    RecordingData recording();

    /** The inputs the recording is analysed with (samples, idle limit…); probe evidence is added to them. */
    default AnalysisInputs inputs() {
        return AnalysisInputs.NONE;
    }

    /** A sink appending to {@code data}'s recording (background thread). */
    RecordingSink open(RecordingData data);

    /** The recording read back after the probe, its exchanges included; closes the sink (background thread). */
    RecordingData close(RecordingData data, RecordingSink sink);

    /** Shows the re-run analysis of the probed recording everywhere (FX thread). */
    void publish(RecordingData data, AnalysisResult result);
}
