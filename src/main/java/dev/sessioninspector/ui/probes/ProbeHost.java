package dev.sessioninspector.ui.probes;

import dev.sessioninspector.inspect.InspectedRecording;
import dev.sessioninspector.inspect.Inspection;
import dev.sessioninspector.inspect.InspectionInputs;
import dev.sessioninspector.inspect.ProbeEnvironment;
import dev.sessioninspector.model.RecordingData;

/**
 * Where the probes view gets its recording, where the probes' traffic and verdicts are kept, and where the
 * new inspection goes. The app's {@link InspectorProbeHost} keeps them in the open project (or in memory);
 * tests use {@link MemoryProbeHost}.
 */
public interface ProbeHost {
    /** The recording to probe, or null when there is none (FX thread). */
    RecordingData recording();

    /** What the recording is judged against (the signed-in page, limits). */
    default InspectionInputs inputs() {
        return InspectionInputs.NONE;
    }

    /** The clock, randomness and TLS trust the probes use (the demo shop over HTTPS adds its own trust). */
    default ProbeEnvironment environment() {
        return ProbeEnvironment.defaults();
    }

    /** The recording with its kept verdicts, where probe traffic and new verdicts go (background thread). */
    InspectedRecording open(RecordingData data);

    /** Shows the new inspection of the probed recording everywhere (FX thread). */
    void publish(Inspection inspection);
}
