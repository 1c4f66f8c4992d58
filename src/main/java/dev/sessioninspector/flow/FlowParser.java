package dev.sessioninspector.flow;

import dev.sessioninspector.model.Utf8Text;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.probe.ScriptValues;
import dev.sessioninspector.probe.ScriptedRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads flow files strictly: unknown keys, duplicate keys, wrong types, missing values, relative or foreign
 * paths are each refused with one line naming the file and the step, e.g.
 * {@code flow file x.json: step 3: "post" needs a path starting with /}.
 */
public final class FlowParser {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final List<String> TOP_KEYS = List.of("name", "baseUrl", "authenticatedUrl", "steps");
    private static final List<String> ACTIONS = List.of("get", "post", "fill", "click", "waitFor");
    private static final Map<String, List<String>> EXTRA_KEYS = Map.of(
            "get", List.of("headers", "extract", "mark"),
            "post", List.of("form", "json", "headers", "extract", "mark"),
            "fill", List.of("value"),
            "click", List.of("mark"),
            "waitFor", List.of());

    private final String source;

    private FlowParser(String source) {
        this.source = source;
    }

    /** Reads and checks a flow file. */
    public static Flow parse(Path file) {
        String text;
        try {
            text = Utf8Text.read(file);
        } catch (Utf8Text.NotUtf8Exception e) {
            throw new FlowFileException("flow file " + file + ": " + e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new FlowFileException("flow file " + file + ": no such file");
        } catch (IOException e) {
            throw new FlowFileException("flow file " + file + ": cannot read it (" + e.getMessage() + ")", e);
        }
        return parse(text, file.toString());
    }

    /** Reads and checks a flow given as JSON text; {@code source} names it in messages. */
    public static Flow parse(String json, String source) {
        return new FlowParser(source).read(json);
    }

    private Flow read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw fail("not valid JSON" + where + ": " + oneLine(e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw fail("the file is empty");
        }
        if (!root.isObject()) {
            throw fail("expected a JSON object with \"name\", \"baseUrl\" and \"steps\"");
        }
        checkKeys(root, TOP_KEYS, "", "a flow takes " + quoted(TOP_KEYS));
        String name = requiredText(root, "name", "");
        if (name.isBlank()) {
            throw fail("\"name\" is empty");
        }
        URI baseUrl = baseUrl(requiredText(root, "baseUrl", ""));
        String authenticatedUrl = null;
        if (root.has("authenticatedUrl")) {
            authenticatedUrl = path(root, "authenticatedUrl", "", baseUrl);
        }
        JsonNode steps = root.get("steps");
        if (steps == null) {
            throw fail("\"steps\" is missing");
        }
        if (!steps.isArray()) {
            throw fail("\"steps\" must be an array");
        }
        if (steps.isEmpty()) {
            throw fail("\"steps\" is empty: a flow needs at least one step");
        }
        List<FlowStep> list = new ArrayList<>();
        Set<String> extracted = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            String at = "step " + (i + 1) + ": ";
            FlowStep step = step(steps.get(i), at, baseUrl);
            ScriptedRequest request = Flow.request(baseUrl, step);
            if (request != null) {
                for (String used : request.uses()) {
                    if (!extracted.contains(used)) {
                        throw fail(at + "\"${" + used + "}\" is not a value an earlier step extracts");
                    }
                }
            }
            extracted.addAll(step.extract().keySet());
            list.add(step);
        }
        return new Flow(name.strip(), baseUrl, authenticatedUrl, list);
    }

    private FlowStep step(JsonNode node, String at, URI baseUrl) {
        if (!node.isObject()) {
            throw fail(at + "must be an object like {\"get\": \"/\"}");
        }
        List<String> actions = new ArrayList<>();
        node.fieldNames().forEachRemaining(k -> {
            if (ACTIONS.contains(k)) {
                actions.add(k);
            }
        });
        if (actions.isEmpty()) {
            throw fail(at + "needs one of " + quoted(ACTIONS));
        }
        if (actions.size() > 1) {
            throw fail(at + "has both \"" + actions.get(0) + "\" and \"" + actions.get(1) + "\": one action per step");
        }
        String action = actions.get(0);
        List<String> allowed = new ArrayList<>(List.of(action));
        allowed.addAll(EXTRA_KEYS.get(action));
        checkKeys(node, allowed, at, "a \"" + action + "\" step takes "
                + (EXTRA_KEYS.get(action).isEmpty() ? "nothing else" : quoted(EXTRA_KEYS.get(action))));
        Marker.Kind mark = mark(node, at);
        return switch (action) {
            case "get" -> new FlowStep.Get(path(node, "get", at, baseUrl), headers(node, at), extract(node, at), mark);
            case "post" -> post(node, at, baseUrl, mark);
            case "fill" -> new FlowStep.Fill(selector(node, "fill", at), requiredText(node, "value", at));
            case "click" -> new FlowStep.Click(selector(node, "click", at), mark);
            default -> new FlowStep.WaitFor(selector(node, "waitFor", at));
        };
    }

    private URI baseUrl(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (java.net.URISyntaxException e) {
            uri = null;
        }
        String scheme = uri == null ? null : uri.getScheme();
        if (scheme == null || !scheme.matches("(?i)https?") || uri.getHost() == null) {
            throw fail("\"baseUrl\" must be an http:// or https:// URL with a host, not \"" + text + "\"");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw fail("\"baseUrl\" must not have a query, a fragment or a user name: \"" + text + "\"");
        }
        return uri;
    }

    private String path(JsonNode node, String key, String at, URI baseUrl) {
        JsonNode v = node.get(key);
        if (v == null || !v.isTextual() || !v.asText().startsWith("/")) {
            throw fail(at + "\"" + key + "\" needs a path starting with /");
        }
        String path = v.asText();
        if (path.contains("#")) {
            throw fail(at + "\"" + key + "\" path must not have a fragment (#…): \"" + path + "\"");
        }
        try {
            URI resolved = Flow.resolve(baseUrl, path);
            if (resolved.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw fail(at + "\"" + key + "\" path is not a valid URL path: \"" + path + "\"");
        }
        return path;
    }

    private Map<String, String> form(JsonNode node, String at) {
        JsonNode form = node.get("form");
        Map<String, String> map = new LinkedHashMap<>();
        if (form == null) {
            return map;
        }
        if (!form.isObject()) {
            throw fail(at + "\"form\" must be an object of field names to text values");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = form.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getKey().isEmpty()) {
                throw fail(at + "\"form\" has a field with an empty name");
            }
            if (!f.getValue().isTextual()) {
                throw fail(at + "form field \"" + f.getKey() + "\" must be a string, not " + kind(f.getValue()));
            }
            map.put(f.getKey(), f.getValue().asText());
        }
        return map;
    }

    private FlowStep post(JsonNode node, String at, URI baseUrl, Marker.Kind mark) {
        if (node.has("form") && node.has("json")) {
            throw fail(at + "has both \"form\" and \"json\": a post sends one body");
        }
        String json = null;
        if (node.has("json")) {
            JsonNode j = node.get("json");
            if (!j.isObject() && !j.isArray()) {
                throw fail(at + "\"json\" must be an object or an array, not " + kind(j));
            }
            json = j.toString();
        }
        return new FlowStep.Post(path(node, "post", at, baseUrl), form(node, at), json, headers(node, at),
                extract(node, at), mark);
    }

    private Map<String, String> headers(JsonNode node, String at) {
        Map<String, String> map = textMap(node, "headers", at, "header names to text values");
        map.forEach((name, value) -> {
            if (!ScriptValues.validHeaderName(name)) {
                throw fail(at + "\"headers\": \"" + name + "\" is not a header name");
            }
            if (ScriptValues.reservedHeader(name)) {
                throw fail(at + "\"headers\": \"" + name + "\" is set by the engine, not by a flow");
            }
            if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw fail(at + "header \"" + name + "\" must not contain a line break");
            }
        });
        return map;
    }

    private Map<String, String> extract(JsonNode node, String at) {
        Map<String, String> map = textMap(node, "extract", at,
                "value names to a JSON Pointer like \"/token\" or \"header:NAME\"");
        map.forEach((name, from) -> {
            if (!ScriptValues.NAME.matcher(name).matches()) {
                throw fail(at + "\"extract\": \"" + name + "\" is not a value name (letters, digits, _)");
            }
            try {
                ScriptValues.Source.parse(from);
            } catch (IllegalArgumentException e) {
                throw fail(at + "\"extract\" \"" + name + "\": " + e.getMessage());
            }
        });
        return map;
    }

    private Map<String, String> textMap(JsonNode node, String key, String at, String what) {
        JsonNode obj = node.get(key);
        Map<String, String> map = new LinkedHashMap<>();
        if (obj == null) {
            return map;
        }
        if (!obj.isObject() || obj.isEmpty()) {
            throw fail(at + "\"" + key + "\" must be a non-empty object of " + what);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!f.getValue().isTextual()) {
                throw fail(at + "\"" + key + "\" \"" + f.getKey() + "\" must be a string, not " + kind(f.getValue()));
            }
            map.put(f.getKey(), f.getValue().asText());
        }
        return map;
    }

    private Marker.Kind mark(JsonNode node, String at) {
        JsonNode m = node.get("mark");
        if (m == null) {
            return null;
        }
        if (m.isTextual() && m.asText().equals("login")) {
            return Marker.Kind.LOGIN;
        }
        if (m.isTextual() && m.asText().equals("logout")) {
            return Marker.Kind.LOGOUT;
        }
        throw fail(at + "\"mark\" must be \"login\" or \"logout\", not " + (m.isTextual() ? "\"" + m.asText() + "\""
                : kind(m)));
    }

    private String selector(JsonNode node, String key, String at) {
        String s = requiredText(node, key, at);
        if (s.isBlank()) {
            throw fail(at + "\"" + key + "\" needs a CSS selector");
        }
        return s;
    }

    private String requiredText(JsonNode node, String key, String at) {
        JsonNode v = node.get(key);
        if (v == null) {
            throw fail(at + "\"" + key + "\" is missing");
        }
        if (!v.isTextual()) {
            throw fail(at + "\"" + key + "\" must be a string, not " + kind(v));
        }
        return v.asText();
    }

    private void checkKeys(JsonNode node, List<String> allowed, String at, String hint) {
        Set<String> known = Set.copyOf(allowed);
        node.fieldNames().forEachRemaining(k -> {
            if (!known.contains(k)) {
                throw fail(at + "unknown key \"" + k + "\" (" + hint + ")");
            }
        });
    }

    private static String kind(JsonNode v) {
        return v.isNull() ? "null" : v.isNumber() ? "a number" : v.isBoolean() ? "a boolean"
                : v.isArray() ? "an array" : v.isObject() ? "an object" : "\"" + v.asText() + "\"";
    }

    private static String quoted(List<String> keys) {
        return "\"" + String.join("\", \"", keys) + "\"";
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    private FlowFileException fail(String detail) {
        return new FlowFileException("flow file " + source + ": " + detail);
    }
}
