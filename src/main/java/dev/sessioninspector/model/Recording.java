package dev.sessioninspector.model;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/** A named recording session against a target; {@code ended} is null while recording. */
public record Recording(long id, String name, URI target, Instant started, Instant ended) {
    public Recording {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(started, "started");
    }

    public Recording withId(long newId) {
        return new Recording(newId, name, target, started, ended);
    }

    public Recording endedAt(Instant when) {
        return new Recording(id, name, target, started, when);
    }
}
