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
                enumOf(SameSite.class, n.path("sameSite").asText("UNSPECIFIED"), "sameSite"),
                n.path("partitioned").asBoolean(),
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
        return new CookieEvent(n.path("id").asLong(), 0, requiredInstant(n, "time"),
                enumOf(CookieEvent.Kind.class, n.path("kind").asText(), "kind"),
                enumOf(CookieEvent.Source.class, n.path("source").asText(), "source"),
                cookie(n.get("cookie")), cookie(n.get("previous")),
                n.hasNonNull("exchange") ? n.get("exchange").asLong() : null,
                n.hasNonNull("url") ? url(n.get("url").asText(), "url") : null);
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
        return new Marker(n.path("id").asLong(), 0, requiredInstant(n, "time"),
                enumOf(Marker.Kind.class, n.path("kind").asText(), "kind"),
                enumOf(Marker.Source.class, n.path("source").asText(), "source"), n.path("label").asText(""),
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
        return new StorageSnapshot(n.path("id").asLong(), 0, requiredInstant(n, "time"), n.path("origin").asText(),
                enumOf(StorageSnapshot.Area.class, n.path("area").asText(), "area"), entries);
    }

    private static Instant requiredInstant(JsonNode n, String field) {
        Instant t = instant(n, field);
        if (t == null) {
            throw new IllegalArgumentException("no \"" + field + "\"");
        }
        return t;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String text, String field) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + field + " \"" + text + "\" (one of "
                + java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name)
                        .collect(java.util.stream.Collectors.joining(", ")) + ")");
    }

    private static URI url(String text, String field) {
        try {
            return new URI(text);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(field + " \"" + text + "\" is not a URL");
        }
    }

    /** An absolute http(s) URL with a host, or an exception naming {@code field}. */
    static URI httpUrl(String text, String field) throws HarFormatException {
        URI u;
        try {
            u = new URI(text);
        } catch (java.net.URISyntaxException e) {
            u = null;
        }
        if (u == null || u.getScheme() == null || !u.getScheme().toLowerCase(java.util.Locale.ROOT).startsWith("http")
                || u.getHost() == null) {
            throw new HarFormatException(field + " \"" + text + "\" is not an http or https URL with a host", -1, -1);
        }
        return u;
    }

    /** One line saying why an item could not be read. */
    static String reason(RuntimeException e) {
        if (e instanceof NullPointerException && e.getMessage() != null && !e.getMessage().contains(" ")) {
            return "no \"" + e.getMessage() + "\""; // Objects.requireNonNull(x, "time")
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    private static String text(JsonNode n, String field) {
        return n.path(field).asText("");
    }

    private static Instant instant(JsonNode n, String field) {
        return n.hasNonNull(field) ? HarDates.parse(n.get(field).asText()) : null;
    }
}
