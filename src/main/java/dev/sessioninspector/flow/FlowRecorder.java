package dev.sessioninspector.flow;

import dev.sessioninspector.model.Recording;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.store.RecordingWriter;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Records a flow run into a project: a new recording named after the flow, targeting its base URL, written
 * through the project's queued writer. The recording is ended and everything queued is written whatever
 * happens, so a run that fails half-way keeps what it recorded.
 */
public final class FlowRecorder {
    private FlowRecorder() {
    }

    /**
     * Runs {@code flow} with {@code engine} into a new recording of {@code project}.
     *
     * @throws IllegalArgumentException when the engine cannot run this flow (see {@link FlowEngine#problems});
     *                                  nothing is created then
     * @throws FlowRunException         when the run stopped; its {@link FlowRunException#recordingId()} names
     *                                  the recording that keeps what was recorded
     */
    public static RecordedFlow record(Project project, Flow flow, FlowEngine engine, Clock clock, FlowOptions options,
                                      FlowListener listener) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(engine, "engine");
        List<String> problems = engine.problems(flow);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0));
        }
        Recording recording = project.createRecording(flow.name(), flow.baseUrl());
        FlowRun run;
        try (RecordingWriter writer = project.writer(recording)) {
            run = engine.run(flow, new FlowContext(writer, clock, options, listener));
        } catch (FlowRunException e) {
            throw e.inRecording(recording.id());
        }
        return new RecordedFlow(project.recording(recording.id()).orElse(recording), run);
    }
}
