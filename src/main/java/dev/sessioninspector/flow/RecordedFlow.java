package dev.sessioninspector.flow;

import dev.sessioninspector.model.Recording;
import java.util.Objects;

/** A flow run recorded into a project: the recording (ended) and what the run did. */
public record RecordedFlow(Recording recording, FlowRun run) {
    public RecordedFlow {
        Objects.requireNonNull(recording, "recording");
        Objects.requireNonNull(run, "run");
    }
}
