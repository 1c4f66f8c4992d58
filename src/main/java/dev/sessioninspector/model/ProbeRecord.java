package dev.sessioninspector.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An active probe's verdict as kept with its recording. The probe's kind and its verdict are kept by name, so a
 * project written by a build that knows more kinds of probe still opens here (the reader says what it skipped).
 *
 * @param id          the store's id (0 before it is stored)
 * @param recordingId the recording the probe's requests were recorded into
 * @param time        when the verdict was reached
 * @param kind        the probe kind's name, e.g. {@code LOGOUT_REPLAY}
 * @param cookie      the session credential the probe was about (may be empty)
 * @param exchanges   the exchanges the probe sent, in the same recording
 * @param verdict     the verdict's name, e.g. {@code VULNERABLE}
 * @param detail      what the probe concluded, in a sentence or two
 */
public record ProbeRecord(long id, long recordingId, Instant time, String kind, String cookie, List<Long> exchanges,
        String verdict, String detail) {
    public ProbeRecord {
        Objects.requireNonNull(time, "time");
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("a probe record needs a kind");
        }
        if (verdict == null || verdict.isBlank()) {
            throw new IllegalArgumentException("a probe record needs a verdict");
        }
        cookie = cookie == null ? "" : cookie;
        exchanges = List.copyOf(Objects.requireNonNull(exchanges, "exchanges"));
        detail = detail == null ? "" : detail;
    }

    public ProbeRecord withId(long newId) {
        return new ProbeRecord(newId, recordingId, time, kind, cookie, exchanges, verdict, detail);
    }

    public ProbeRecord withRecordingId(long newRecordingId) {
        return new ProbeRecord(id, newRecordingId, time, kind, cookie, exchanges, verdict, detail);
    }
}
