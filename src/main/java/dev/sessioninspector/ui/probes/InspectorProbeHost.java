package dev.sessioninspector.ui.probes;

import dev.sessioninspector.inspect.InspectedRecording;
import dev.sessioninspector.inspect.Inspection;
import dev.sessioninspector.inspect.InspectionInputs;
import dev.sessioninspector.inspect.ProbeEnvironment;
import dev.sessioninspector.model.RecordingData;
import java.util.Objects;

/** The app's recording on screen as a {@link ProbeHost}: verdicts kept through {@link Conclusions}. */
public final class InspectorProbeHost implements ProbeHost {
    private final Conclusions conclusions;

    public InspectorProbeHost(Conclusions conclusions) {
        this.conclusions = Objects.requireNonNull(conclusions, "conclusions");
    }

    @Override
    public InspectionInputs inputs() {
        return conclusions.inputs();
    }

    @Override
    public ProbeEnvironment environment() {
        return conclusions.environment();
    }

    @Override
    public RecordingData recording() {
        return conclusions.state().recording();
    }

    @Override
    public InspectedRecording open(RecordingData data) {
        return conclusions.open(data);
    }

    @Override
    public void publish(Inspection inspection) {
        conclusions.publish(inspection);
    }
}
