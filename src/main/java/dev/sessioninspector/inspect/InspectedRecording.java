package dev.sessioninspector.inspect;

import dev.sessioninspector.analysis.ProbeEvidence;
import dev.sessioninspector.model.AnalysisSettings;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.RecordingSink;
import dev.sessioninspector.model.TokenSample;
import dev.sessioninspector.store.Project;

/**
 * A recording under inspection and the verdicts kept with it: a recording of a project file (verdicts stored in
 * the file) or one in memory (an imported HAR, the autopilot without a project). Probe requests go into the same
 * recording, so evidence names exchanges that exist.
 */
public interface InspectedRecording extends AutoCloseable {
    /** The recording as it stands now, the probes' exchanges included. */
    RecordingData load();

    /** Where probe requests are recorded. */
    RecordingSink probeSink();

    /** The verdicts kept so far (the latest of each probe kind and sample), with notes on any it could not read. */
    Verdicts verdicts();

    /** What the recording was judged against last time ({@link AnalysisSettings#NONE} if never). */
    AnalysisSettings settings();

    void keep(ProbeEvidence evidence);

    void keep(TokenSample sample);

    void keep(AnalysisSettings settings);

    /** Ends the probes' writing; the recording stays readable. */
    @Override
    default void close() {
    }

    /** A recording of a project file; verdicts are stored in the file. */
    static InspectedRecording of(Project project, long recordingId) {
        return new ProjectRecording(project, recordingId);
    }

    /** A recording in memory; verdicts live as long as it does. */
    static InspectedRecording inMemory(MemoryRecording recording) {
        return new MemoryInspected(recording);
    }
}
