package dev.sessioninspector.har;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.SameSite;
import dev.sessioninspector.model.StorageSnapshot;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes and reads the model records this app keeps in a HAR's custom {@code _sessionInspector} block
 * (cookie events, markers, storage snapshots), so its own HARs round-trip.
 */
final class ModelJson {
    private ModelJson() {
    }

    static void cookie(JsonGenerator g, String field, Cookie c) throws IOException {
        if (c == null) {
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("name", c.name());
        g.writeStringField("value", c.value());
        g.writeStringField("domain", c.domain());
        g.writeStringField("path", c.path());
        g.writeBooleanField("hostOnly", c.hostOnly());
        if (c.expires() != null) {
            g.writeStringField("expires", c.expires().toString());
        }
        if (c.maxAge() != null) {
            g.writeNumberField("maxAge", c.maxAge());
        }
        g.writeBooleanField("secure", c.secure());
        g.writeBooleanField("httpOnly", c.httpOnly());
        g.writeStringField("sameSite", c.sameSite().name());
        g.writeBooleanField("partitioned", c.partitioned());
        if (c.raw() != null) {
            g.writeStringField("raw", c.raw());
        }
        g.writeEndObject();
    }

    static Cookie cookie(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        return new Cookie(text(n, "name"), text(n, "value"), text(n, "domain"), text(n, "path"),
                n.path("hostOnly").asBoolean(), instant(n, "expires"),
                n.hasNonNull("maxAge") ? n.get("maxAge").asLong() : null,
                n.path("secure").asBoolean(), n.path("httpOnly").asBoolean(),
                SameSite.valueOf(n.path("sameSite").asText("UNSPECIFIED")), n.path("partitioned").asBoolean(),
                n.hasNonNull("raw") ? n.get("raw").asText() : null);
    }

    static void event(JsonGenerator g, CookieEvent e) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", e.id());
        g.writeStringField("time", e.time().toString());
        g.writeStringField("kind", e.kind().name());
        g.writeStringField("source", e.source().name());
        if (e.exchangeId() != null) {
            g.writeNumberField("exchange", e.exchangeId());
        }
        if (e.url() != null) {
            g.writeStringField("url", e.url().toString());
        }
        cookie(g, "cookie", e.cookie());
        cookie(g, "previous", e.previous());
        g.writeEndObject();
    }

    static CookieEvent event(JsonNode n) {
        return new CookieEvent(n.path("id").asLong(), 0, instant(n, "time"),
                CookieEvent.Kind.valueOf(n.path("kind").asText()), CookieEvent.Source.valueOf(n.path("source").asText()),
                cookie(n.get("cookie")), cookie(n.get("previous")),
                n.hasNonNull("exchange") ? n.get("exchange").asLong() : null,
                n.hasNonNull("url") ? URI.create(n.get("url").asText()) : null);
    }

    static void marker(JsonGenerator g, Marker m) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", m.id());
        g.writeStringField("time", m.time().toString());
        g.writeStringField("kind", m.kind().name());
        g.writeStringField("source", m.source().name());
        g.writeStringField("label", m.label());
        if (m.exchangeId() != null) {
            g.writeNumberField("exchange", m.exchangeId());
        }
        g.writeEndObject();
    }

    static Marker marker(JsonNode n) {
        return new Marker(n.path("id").asLong(), 0, instant(n, "time"), Marker.Kind.valueOf(n.path("kind").asText()),
                Marker.Source.valueOf(n.path("source").asText()), n.path("label").asText(""),
                n.hasNonNull("exchange") ? n.get("exchange").asLong() : null);
    }

    static void storage(JsonGenerator g, StorageSnapshot s, Redaction redaction) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", s.id());
        g.writeStringField("time", s.time().toString());
        g.writeStringField("origin", redaction.text(s.origin()));
        g.writeStringField("area", s.area().name());
        g.writeObjectFieldStart("entries");
        for (Map.Entry<String, String> e : s.entries().entrySet()) {
            g.writeStringField(redaction.text(e.getKey()), redaction.storageValue(e.getValue()));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    static StorageSnapshot storage(JsonNode n) {
        Map<String, String> entries = new LinkedHashMap<>();
        n.path("entries").fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue().asText()));
        return new StorageSnapshot(n.path("id").asLong(), 0, instant(n, "time"), n.path("origin").asText(),
                StorageSnapshot.Area.valueOf(n.path("area").asText()), entries);
    }

    private static String text(JsonNode n, String field) {
        return n.path(field).asText("");
    }

    private static Instant instant(JsonNode n, String field) {
        return n.hasNonNull(field) ? HarDates.parse(n.get(field).asText()) : null;
    }
}
