package dev.sessioninspector.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.Header;
import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.SameSite;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON text columns: headers, cookies and storage entries (formats in {@code docs/storage.md}). */
final class JsonColumns {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonColumns() {
    }

    /** {@code [["Name","value"],…]}, in order, repeated names kept apart. */
    static String headers(Headers headers) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Header h : headers.all()) {
            array.addArray().add(h.name()).add(h.value());
        }
        return array.toString();
    }

    static Headers headers(String json) {
        JsonNode array = parse(json);
        List<Header> list = new ArrayList<>(array.size());
        for (JsonNode pair : array) {
            list.add(new Header(pair.get(0).asText(), pair.get(1).asText()));
        }
        return new Headers(list);
    }

    static String cookie(Cookie c) {
        if (c == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", c.name());
        o.put("value", c.value());
        o.put("domain", c.domain());
        o.put("path", c.path());
        o.put("hostOnly", c.hostOnly());
        if (c.expires() != null) {
            o.put("expires", c.expires().toString());
        }
        if (c.maxAge() != null) {
            o.put("maxAge", c.maxAge());
        }
        o.put("secure", c.secure());
        o.put("httpOnly", c.httpOnly());
        o.put("sameSite", c.sameSite().name());
        o.put("partitioned", c.partitioned());
        if (c.raw() != null) {
            o.put("raw", c.raw());
        }
        return o.toString();
    }

    static Cookie cookie(String json) {
        if (json == null) {
            return null;
        }
        JsonNode o = parse(json);
        return new Cookie(o.path("name").asText(), o.path("value").asText(), o.path("domain").asText(""),
                o.path("path").asText("/"), o.path("hostOnly").asBoolean(),
                o.hasNonNull("expires") ? Instant.parse(o.get("expires").asText()) : null,
                o.hasNonNull("maxAge") ? o.get("maxAge").asLong() : null,
                o.path("secure").asBoolean(), o.path("httpOnly").asBoolean(),
                SameSite.valueOf(o.path("sameSite").asText(SameSite.UNSPECIFIED.name())),
                o.path("partitioned").asBoolean(), o.hasNonNull("raw") ? o.get("raw").asText() : null);
    }

    /** {@code {"key":"value",…}}. */
    static String entries(Map<String, String> entries) {
        ObjectNode o = MAPPER.createObjectNode();
        entries.forEach(o::put);
        return o.toString();
    }

    static Map<String, String> entries(String json) {
        Map<String, String> map = new LinkedHashMap<>();
        parse(json).fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    /** A JSON array of strings (token samples, session cookie names). */
    static String strings(Collection<String> values) {
        ArrayNode a = MAPPER.createArrayNode();
        values.forEach(a::add);
        return a.toString();
    }

    static List<String> strings(String json) {
        List<String> list = new ArrayList<>();
        parse(json).forEach(n -> list.add(n.asText()));
        return list;
    }

    /** A JSON array of numbers (exchange IDs). */
    static String longs(List<Long> values) {
        ArrayNode a = MAPPER.createArrayNode();
        values.forEach(a::add);
        return a.toString();
    }

    static List<Long> longs(String json) {
        List<Long> list = new ArrayList<>();
        parse(json).forEach(n -> list.add(n.asLong()));
        return list;
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("damaged JSON column in project file: " + e.getOriginalMessage(), e);
        }
    }
}
