package dev.sessioninspector.ui.probes;

import dev.sessioninspector.inspect.MemoryRecording;
import dev.sessioninspector.analysis.AnalysisInputs;
import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.RecordingSink;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.store.RecordingWriter;
import dev.sessioninspector.ui.inspect.InspectorState;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The inspector's shared state as a {@link ProbeHost}: probes the recording on screen; with a project open
 * their traffic is written into that recording (and read back from it), else kept in memory; the new
 * analysis replaces the state's, so the findings view follows.
 */
public final class InspectorProbeHost implements ProbeHost {
    private final InspectorState state;
    private final Supplier<AnalysisInputs> inputs;

    /** {@code inputs}: what the analysis is run with besides the probes' evidence (FX thread). */
    public InspectorProbeHost(InspectorState state, Supplier<AnalysisInputs> inputs) {
        this.state = Objects.requireNonNull(state, "state");
        this.inputs = Objects.requireNonNull(inputs, "inputs");
    }

    @Override
    public AnalysisInputs inputs() {
        return inputs.get();
    }

    @Override
    public RecordingData recording() {
        return state.recording();
    }

    @Override
    public RecordingSink open(RecordingData data) {
        Project project = state.project();
        if (project != null && !project.readOnly() && data.recording().id() > 0
                && project.recording(data.recording().id()).isPresent()) {
            return project.writer(data.recording());
        }
        return MemoryRecording.continuing(data);
    }

    @Override
    public RecordingData close(RecordingData data, RecordingSink sink) {
        if (sink instanceof RecordingWriter writer) {
            writer.flush();
            writer.close();
            return state.project().load(data.recording().id());
        }
        return ((MemoryRecording) sink).data();
    }

    @Override
    public void publish(RecordingData data, AnalysisResult result) {
        state.recordingProperty().set(data);
        state.analysisProperty().set(result);
    }
}
