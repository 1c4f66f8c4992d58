package dev.sessioninspector.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The content of one origin's localStorage or sessionStorage at a moment (taken at each page load). */
public record StorageSnapshot(long id, long recordingId, Instant time, String origin, Area area, Map<String, String> entries) {

    public enum Area { LOCAL, SESSION }

    public StorageSnapshot {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(area, "area");
        entries = java.util.Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(entries, "entries")));
    }

    public StorageSnapshot withId(long newId) {
        return new StorageSnapshot(newId, recordingId, time, origin, area, entries);
    }

    public StorageSnapshot withRecordingId(long newRecordingId) {
        return new StorageSnapshot(id, newRecordingId, time, origin, area, entries);
    }
}
