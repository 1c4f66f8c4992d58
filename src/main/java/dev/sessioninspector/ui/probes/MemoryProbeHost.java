package dev.sessioninspector.ui.probes;

import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.inspect.InspectedRecording;
import dev.sessioninspector.inspect.Inspection;
import dev.sessioninspector.inspect.MemoryRecording;
import dev.sessioninspector.model.RecordingData;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** A {@link ProbeHost} over an in-memory recording: probe traffic and verdicts are kept with a copy of it. */
public final class MemoryProbeHost implements ProbeHost {
    private final Supplier<RecordingData> recording;
    private final BiConsumer<RecordingData, AnalysisResult> publish;
    private InspectedRecording inspected;
    private long inspectedId = -1;

    public MemoryProbeHost(Supplier<RecordingData> recording, BiConsumer<RecordingData, AnalysisResult> publish) {
        this.recording = recording;
        this.publish = publish;
    }

    @Override
    public RecordingData recording() {
        return recording.get();
    }

    @Override
    public synchronized InspectedRecording open(RecordingData data) {
        if (inspected == null || inspectedId != data.recording().id()) {
            inspected = InspectedRecording.inMemory(MemoryRecording.continuing(data));
            inspectedId = data.recording().id();
        }
        return inspected;
    }

    @Override
    public void publish(Inspection inspection) {
        publish.accept(inspection.data(), inspection.result());
    }
}
