package dev.sessioninspector.flow;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a completed run did. {@code notes} tell what the user should know but did not stop the run, e.g.
 * {@code "step 2: redirect to https://sso.example/ not followed (outside http://127.0.0.1:8080)"}.
 */
public record FlowRun(String engine, int stepsRun, Instant started, Instant finished, List<String> notes) {
    public FlowRun {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        notes = List.copyOf(notes == null ? List.of() : notes);
        if (stepsRun < 0) {
            throw new IllegalArgumentException("negative step count");
        }
    }
}
