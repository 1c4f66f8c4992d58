package dev.sessioninspector.inspect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.RecordingData;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a recorded session into a flow file (DESIGN.md §5): each page the user opened becomes a {@code get}
 * step and each form sent a {@code post} step with its fields, relative to the first page's origin; the
 * user's login and logout markers mark the step before them. Subresources, XHR and redirect hops are left
 * out (the engines follow redirects themselves). Fields the capture masked stay masked: the caller tells
 * the user to fill them in. No JavaFX.
 */
public final class FlowFileExport {
    /** What the capture writes in place of a password. */
    public static final String MASKED = "********";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FlowFileExport() {
    }

    /** The flow file's text, and whether any field was masked. */
    public record Result(String json, int steps, boolean masked) {
    }

    /** Builds the flow; throws {@link IllegalArgumentException} when the recording has no page to start from. */
    public static Result of(RecordingData data) {
        List<Exchange> pages = new ArrayList<>();
        for (Exchange e : data.exchanges()) {
            boolean page = e.initiator() == Initiator.DOCUMENT && e.method().equals("GET");
            boolean form = (e.initiator() == Initiator.FORM || e.initiator() == Initiator.DOCUMENT)
                    && e.method().equals("POST");
            if ((page || form) && isHttp(e.url())) {
                pages.add(e);
            }
        }
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("nothing to save as a flow: the recording has no page loads");
        }
        String base = pages.get(0).origin();
        ObjectNode root = JSON.createObjectNode();
        root.put("name", data.recording().name());
        root.put("baseUrl", base);
        ArrayNode steps = root.putArray("steps");
        boolean masked = false;
        List<ObjectNode> made = new ArrayList<>();
        for (Exchange e : pages) {
            if (!e.origin().equals(base)) {
                continue;
            }
            ObjectNode step = JSON.createObjectNode();
            String path = e.url().getRawPath() == null || e.url().getRawPath().isEmpty() ? "/" : e.url().getRawPath();
            if (e.url().getRawQuery() != null) {
                path += "?" + e.url().getRawQuery();
            }
            if (e.method().equals("GET")) {
                step.put("get", path);
            } else {
                step.put("post", path);
                ObjectNode form = step.putObject("form");
                String type = e.requestHeaders().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
                if (type.startsWith("application/x-www-form-urlencoded")) {
                    for (String pair : e.requestBody().text().split("&")) {
                        if (pair.isEmpty()) {
                            continue;
                        }
                        int eq = pair.indexOf('=');
                        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                        masked |= value.equals(MASKED);
                        form.put(name, value);
                    }
                }
            }
            step.put("_at", e.start().toEpochMilli());
            made.add(step);
        }
        for (Marker m : data.markers()) {
            if (m.kind() == Marker.Kind.NOTE || m.source() == Marker.Source.DETECTED) {
                continue;
            }
            ObjectNode target = null;
            for (ObjectNode step : made) {
                if (step.get("_at").asLong() <= m.time().toEpochMilli()) {
                    target = step;
                }
            }
            if (target != null && !target.has("mark")) {
                target.put("mark", m.kind() == Marker.Kind.LOGIN ? "login" : "logout");
            }
        }
        made.forEach(step -> {
            step.remove("_at");
            steps.add(step);
        });
        try {
            return new Result(JSON.writeValueAsString(root) + "\n", made.size(), masked);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isHttp(URI url) {
        return "http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme());
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
