package dev.sessioninspector.har;

import dev.sessioninspector.model.OwnerOnly;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.sessioninspector.model.AppVersion;
import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.StorageSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a recording as a HAR 1.2 file, streaming (one entry at a time). Markers, cookie events and
 * storage snapshots go into a custom {@code log._sessionInspector} block, so this app's own HARs
 * round-trip through {@link HarImporter}; other tools ignore it. A sanitized export says so in
 * {@code log.comment} and {@code log._sessionInspector.sanitized}.
 */
public final class HarExporter {
    /** The version of the {@code _sessionInspector} block. */
    public static final int BLOCK_FORMAT = 1;
    static final String SANITIZED_COMMENT = "Sanitized by " + AppVersion.NAME + ": cookie values, Set-Cookie, "
            + "Authorization, session IDs and password-like fields are replaced by " + Sanitizer.REDACTED
            + ", by name and wherever their values appear.";
    private static final JsonFactory JSON = new JsonFactory();

    /** Writes the HAR to {@code file} through a temporary file, so a failure leaves no half-written HAR. */
    public void write(RecordingData data, Path file, HarExportOptions options) throws IOException {
        OwnerOnly.write(file, out -> write(data, out, options));
    }

    /** Writes the HAR (UTF-8) to {@code out}; the stream is flushed, not closed. */
    public void write(RecordingData data, OutputStream out, HarExportOptions options) throws IOException {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(options, "options");
        Redaction redaction = options.sanitize() ? Redaction.of(data, options.secrets()) : Redaction.NONE;
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            Recording r = data.recording();
            g.writeStartObject();
            g.writeObjectFieldStart("log");
            g.writeStringField("version", "1.2");
            g.writeObjectFieldStart("creator");
            g.writeStringField("name", AppVersion.NAME);
            g.writeStringField("version", AppVersion.version());
            g.writeEndObject();
            if (options.sanitize()) {
                g.writeStringField("comment", SANITIZED_COMMENT);
            }
            g.writeArrayFieldStart("pages");
            g.writeStartObject();
            g.writeStringField("startedDateTime", r.started().toString());
            g.writeStringField("id", "page_1");
            g.writeStringField("title", redaction.text(r.name()));
            g.writeObjectFieldStart("pageTimings");
            g.writeNumberField("onContentLoad", -1);
            g.writeNumberField("onLoad", -1);
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            block(g, data, redaction);
            g.writeArrayFieldStart("entries");
            HarEntryWriter entries = new HarEntryWriter(g, options, redaction);
            for (Exchange ex : data.exchanges()) {
                entries.write(ex, "page_1");
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        out.flush();
    }

    private static void block(JsonGenerator g, RecordingData data, Redaction redaction) throws IOException {
        Recording r = data.recording();
        g.writeObjectFieldStart("_sessionInspector");
        g.writeNumberField("format", BLOCK_FORMAT);
        g.writeBooleanField("sanitized", redaction.active());
        g.writeObjectFieldStart("recording");
        g.writeNumberField("id", r.id());
        g.writeStringField("name", redaction.text(r.name()));
        if (r.target() != null) {
            g.writeStringField("target", redaction.url(r.target().toString()));
        }
        g.writeStringField("started", r.started().toString());
        if (r.ended() != null) {
            g.writeStringField("ended", r.ended().toString());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("cookieEvents");
        for (CookieEvent e : data.cookieEvents()) {
            ModelJson.event(g, redaction.active() ? new CookieEvent(e.id(), e.recordingId(), e.time(), e.kind(),
                    e.source(), redaction.cookie(e.cookie()), redaction.cookie(e.previous()), e.exchangeId(),
                    e.url() == null ? null : Sanitizer.uri(redaction.url(e.url().toString()))) : e);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("markers");
        for (Marker m : data.markers()) {
            ModelJson.marker(g, redaction.active() ? new Marker(m.id(), m.recordingId(), m.time(), m.kind(), m.source(),
                    redaction.text(m.label()), m.exchangeId()) : m);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("storage");
        for (StorageSnapshot s : data.storage()) {
            ModelJson.storage(g, s, redaction);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
