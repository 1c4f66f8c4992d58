package dev.sessioninspector.probe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.probe.http.HttpRequestSpec;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One request of a scripted visit: a flow step on the http engine, or a step of the sign-in or sign-out script a
 * probe replays. A GET, or a POST of a url-encoded form (fields in order) or of JSON; optional headers; and the
 * values to take from its response for later requests ({@code extract}: name → {@code /json/pointer} or
 * {@code header:NAME}). Form values, JSON strings and header values may use {@code ${name}} placeholders
 * ({@link ScriptValues}). Password-like fields are sent as given and recorded masked.
 */
public record ScriptedRequest(String method, URI url, Map<String, String> form, String json,
        Map<String, String> headers, Map<String, String> extract) {
    private static final Pattern SECRET = Pattern.compile("pass|pwd|secret", Pattern.CASE_INSENSITIVE);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a password-like field is recorded as (the flow engine's mask). */
    public static final String MASK = "[masked]";
    /** The {@code Accept} a page load sends. */
    public static final String ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    /** The {@code Accept} a JSON API call sends. */
    public static final String ACCEPT_JSON = "application/json, */*;q=0.5";
    public static final String FORM_TYPE = "application/x-www-form-urlencoded";
    public static final String JSON_TYPE = "application/json";

    public ScriptedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        method = method.toUpperCase(Locale.ROOT);
        if (!method.equals("GET") && !method.equals("POST")) {
            throw new IllegalArgumentException("a scripted request is a GET or a POST, not " + method);
        }
        form = ordered(form);
        headers = ordered(headers);
        extract = ordered(extract);
        if (method.equals("GET") && (!form.isEmpty() || json != null)) {
            throw new IllegalArgumentException("a GET carries no body");
        }
        if (!form.isEmpty() && json != null) {
            throw new IllegalArgumentException("a request sends a form or JSON, not both");
        }
        if (json != null) {
            parse(json);
        }
        headers.keySet().forEach(h -> {
            if (!ScriptValues.validHeaderName(h) || ScriptValues.reservedHeader(h)) {
                throw new IllegalArgumentException("not a header a script may set: " + h);
            }
        });
        extract.forEach((name, from) -> {
            if (!ScriptValues.NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("not a value name: " + name);
            }
            ScriptValues.Source.parse(from);
        });
    }

    /** A GET or a form POST, with no headers and nothing extracted. */
    public ScriptedRequest(String method, URI url, Map<String, String> form) {
        this(method, url, form, null, Map.of(), Map.of());
    }

    public static ScriptedRequest get(URI url) {
        return new ScriptedRequest("GET", url, Map.of());
    }

    public static ScriptedRequest post(URI url, Map<String, String> form) {
        return new ScriptedRequest("POST", url, form);
    }

    /** A POST of this JSON text. */
    public static ScriptedRequest postJson(URI url, String json) {
        return new ScriptedRequest("POST", url, Map.of(), json, Map.of(), Map.of());
    }

    public ScriptedRequest withHeaders(Map<String, String> newHeaders) {
        return new ScriptedRequest(method, url, form, json, newHeaders, extract);
    }

    public ScriptedRequest withExtract(Map<String, String> newExtract) {
        return new ScriptedRequest(method, url, form, json, headers, newExtract);
    }

    /** The placeholder names this request uses. */
    public List<String> uses() {
        List<String> out = new ArrayList<>();
        form.values().forEach(v -> out.addAll(ScriptValues.names(v)));
        if (json != null) {
            out.addAll(ScriptValues.names(json));
        }
        headers.values().forEach(v -> out.addAll(ScriptValues.names(v)));
        return out.stream().distinct().toList();
    }

    /**
     * The request to send, with the placeholders filled from {@code values}: {@code Accept} (JSON for a JSON POST),
     * {@code Origin} on a POST as a browser sends it, then the request's own headers. The recorded body has
     * password-like fields masked unless {@code keepSecrets}.
     */
    public HttpRequestSpec spec(Map<String, String> values, boolean keepSecrets, Initiator initiator) {
        Headers h = Headers.of("Accept", json != null ? ACCEPT_JSON : ACCEPT_HTML);
        if (method.equals("POST")) {
            h = h.with("Origin", originHeader(url));
        }
        for (Map.Entry<String, String> e : headers.entrySet()) {
            h = h.without(e.getKey()).with(e.getKey(), ScriptValues.fill(e.getValue(), values));
        }
        if (method.equals("GET")) {
            return new HttpRequestSpec(method, url, h, null, null, null, initiator);
        }
        if (json != null) {
            JsonNode sent = render(parse(json), values, false);
            JsonNode recorded = render(parse(json), values, !keepSecrets);
            return new HttpRequestSpec(method, url, h, bytes(sent.toString()), JSON_TYPE, bytes(recorded.toString()),
                    initiator);
        }
        Map<String, String> filled = new LinkedHashMap<>();
        form.forEach((k, v) -> filled.put(k, ScriptValues.fill(v, values)));
        return new HttpRequestSpec(method, url, h, bytes(encode(filled, false)), FORM_TYPE,
                bytes(encode(filled, !keepSecrets)), initiator);
    }

    /** The Origin header a browser sends: scheme and host, and the port only when it is not the default. */
    public static String originHeader(URI url) {
        return url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getHost()
                + (url.getPort() == -1 ? "" : ":" + url.getPort());
    }

    /** The form as sent on the wire (masked: as recorded). */
    byte[] body(boolean masked) {
        return bytes(encode(form, masked));
    }

    /** True for field names like password, passwd, pwd, pass, passphrase, secret, client_secret. */
    public static boolean isSecret(String name) {
        return SECRET.matcher(name).find();
    }

    private static String encode(Map<String, String> fields, boolean masked) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            String value = masked && isSecret(f.getKey()) ? MASK : f.getValue();
            sb.append(URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    private static JsonNode render(JsonNode node, Map<String, String> values, boolean mask) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (mask && f.getValue().isValueNode() && isSecret(f.getKey())) {
                    f.setValue(TextNode.valueOf(MASK));
                } else {
                    f.setValue(render(f.getValue(), values, mask));
                }
            }
            return o;
        }
        if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                a.set(i, render(a.get(i), values, mask));
            }
            return a;
        }
        return node.isTextual() ? TextNode.valueOf(ScriptValues.fill(node.asText(), values)) : node;
    }

    private static JsonNode parse(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            if (n == null || !(n.isObject() || n.isArray())) {
                throw new IllegalArgumentException("JSON to send must be an object or an array");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static Map<String, String> ordered(Map<String, String> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        map.forEach((k, v) -> {
            Objects.requireNonNull(k, "name");
            Objects.requireNonNull(v, "value of " + k);
        });
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return method + " " + url;
    }
}
