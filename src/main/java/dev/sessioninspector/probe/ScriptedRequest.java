package dev.sessioninspector.probe;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One request of a sign-in or sign-out script a probe replays (taken from the flow's steps): a GET, or a POST
 * of a url-encoded form whose fields stay in order. Password-like fields are sent as given and recorded masked.
 */
public record ScriptedRequest(String method, URI url, Map<String, String> form) {
    private static final Pattern SECRET = Pattern.compile("pass|pwd|secret", Pattern.CASE_INSENSITIVE);
    /** What a password-like field is recorded as (the flow engine's mask). */
    public static final String MASK = "[masked]";

    public ScriptedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        method = method.toUpperCase(Locale.ROOT);
        if (!method.equals("GET") && !method.equals("POST")) {
            throw new IllegalArgumentException("a scripted request is a GET or a POST, not " + method);
        }
        form = form == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(form));
        if (method.equals("GET") && !form.isEmpty()) {
            throw new IllegalArgumentException("a GET carries no form");
        }
    }

    public static ScriptedRequest get(URI url) {
        return new ScriptedRequest("GET", url, Map.of());
    }

    public static ScriptedRequest post(URI url, Map<String, String> form) {
        return new ScriptedRequest("POST", url, form);
    }

    /** The form as sent on the wire. */
    byte[] body(boolean masked) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> f : form.entrySet()) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            String value = masked && SECRET.matcher(f.getKey()).find() ? MASK : f.getValue();
            sb.append(URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return method + " " + url;
    }
}
