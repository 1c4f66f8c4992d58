package dev.sessioninspector.inspect;

import dev.sessioninspector.analysis.ProbeEvidence;
import dev.sessioninspector.model.AnalysisSettings;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.RecordingSink;
import dev.sessioninspector.model.TokenSample;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.store.RecordingWriter;
import dev.sessioninspector.store.StoreException;
import java.time.Clock;

/**
 * A recording of a project file. The probes' writer is opened on first use and closed with this; a verdict is
 * stored after its probe's exchanges are committed, so a stored verdict never names an exchange the file lacks.
 */
final class ProjectRecording implements InspectedRecording {
    private final Project project;
    private final Recording recording;
    private final Clock clock = Clock.systemUTC();
    private RecordingWriter writer;

    ProjectRecording(Project project, long recordingId) {
        this.project = project;
        this.recording = project.recording(recordingId)
                .orElseThrow(() -> new StoreException(project.file() + " has no recording " + recordingId));
    }

    @Override
    public synchronized RecordingData load() {
        if (writer != null) {
            writer.flush();
        }
        return project.load(recording.id());
    }

    @Override
    public synchronized RecordingSink probeSink() {
        if (writer == null) {
            writer = project.writer(recording);
        }
        return writer;
    }

    @Override
    public Verdicts verdicts() {
        return VerdictCodec.verdicts(project.probeRecords(recording.id()), project.tokenSamples(recording.id()));
    }

    @Override
    public AnalysisSettings settings() {
        return project.analysisSettings(recording.id()).orElse(AnalysisSettings.NONE);
    }

    @Override
    public synchronized void keep(ProbeEvidence evidence) {
        if (writer != null) {
            writer.flush();
        }
        project.addProbeRecord(VerdictCodec.record(recording.id(), clock.instant(), evidence));
    }

    @Override
    public void keep(TokenSample sample) {
        project.addTokenSample(recording.id(), sample);
    }

    @Override
    public void keep(AnalysisSettings settings) {
        project.saveAnalysisSettings(recording.id(), settings);
    }

    @Override
    public synchronized void close() {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
