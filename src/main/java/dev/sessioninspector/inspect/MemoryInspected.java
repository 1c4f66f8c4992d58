package dev.sessioninspector.inspect;

import dev.sessioninspector.analysis.ProbeEvidence;
import dev.sessioninspector.model.AnalysisSettings;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.RecordingSink;
import dev.sessioninspector.model.TokenSample;

/** A recording in memory with its verdicts beside it. Thread-safe. */
final class MemoryInspected implements InspectedRecording {
    private final MemoryRecording recording;
    private Verdicts verdicts = Verdicts.NONE;
    private AnalysisSettings settings = AnalysisSettings.NONE;

    MemoryInspected(MemoryRecording recording) {
        this.recording = recording;
    }

    @Override
    public RecordingData load() {
        return recording.data();
    }

    @Override
    public RecordingSink probeSink() {
        return recording;
    }

    @Override
    public synchronized Verdicts verdicts() {
        return verdicts;
    }

    @Override
    public synchronized AnalysisSettings settings() {
        return settings;
    }

    @Override
    public synchronized void keep(ProbeEvidence evidence) {
        verdicts = verdicts.with(evidence);
    }

    @Override
    public synchronized void keep(TokenSample sample) {
        verdicts = verdicts.with(sample);
    }

    @Override
    public synchronized void keep(AnalysisSettings newSettings) {
        settings = newSettings;
    }
}
