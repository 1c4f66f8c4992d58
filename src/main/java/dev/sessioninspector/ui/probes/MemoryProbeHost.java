package dev.sessioninspector.ui.probes;

import dev.sessioninspector.inspect.MemoryRecording;
import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.RecordingSink;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** A {@link ProbeHost} over an in-memory recording: probe traffic is appended to a copy of it. */
public final class MemoryProbeHost implements ProbeHost {
    private final Supplier<RecordingData> recording;
    private final BiConsumer<RecordingData, AnalysisResult> publish;

    public MemoryProbeHost(Supplier<RecordingData> recording, BiConsumer<RecordingData, AnalysisResult> publish) {
        this.recording = recording;
        this.publish = publish;
    }

    @Override
    public RecordingData recording() {
        return recording.get();
    }

    @Override
    public RecordingSink open(RecordingData data) {
        return MemoryRecording.continuing(data);
    }

    @Override
    public RecordingData close(RecordingData data, RecordingSink sink) {
        return ((MemoryRecording) sink).data();
    }

    @Override
    public void publish(RecordingData data, AnalysisResult result) {
        publish.accept(data, result);
    }
}
