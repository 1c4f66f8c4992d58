package dev.sessioninspector.model;

import java.time.Instant;
import java.util.Objects;

/** A point of interest on the timeline: a login, a logout, or a note. */
public record Marker(long id, long recordingId, Instant time, Kind kind, Source source, String label, Long exchangeId) {

    public enum Kind { LOGIN, LOGOUT, NOTE }

    /** Who placed the marker; the user's markers win over flow marks, which win over detection. */
    public enum Source { USER, FLOW, DETECTED }

    public Marker {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        label = label == null ? "" : label;
    }

    public Marker withId(long newId) {
        return new Marker(newId, recordingId, time, kind, source, label, exchangeId);
    }

    public Marker withRecordingId(long newRecordingId) {
        return new Marker(id, newRecordingId, time, kind, source, label, exchangeId);
    }
}
