package dev.sessioninspector.har;

import dev.sessioninspector.model.RecordingData;
import java.util.List;
import java.util.Objects;

/**
 * A successfully imported HAR: the recording, and warnings a user should see (for instance that the
 * file looks sanitized, so session analysis will lack cookie values), each one line.
 */
public record HarImport(RecordingData data, List<String> warnings) {
    public HarImport {
        Objects.requireNonNull(data, "data");
        warnings = List.copyOf(warnings);
    }
}
