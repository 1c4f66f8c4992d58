package dev.sessioninspector.probe;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sessioninspector.model.Exchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a script takes from one response and uses in later requests: {@code ${name}} placeholders in text,
 * and where a value is read from ({@link Source}: a JSON Pointer into the response body, or {@code header:NAME}).
 * Flows and the probes that sign in again share it, so both read and fill values the same way.
 */
public final class ScriptValues {
    /** A placeholder: {@code ${name}}, the name a letter or underscore then letters, digits, underscores. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    /** A name a value may be stored under. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Bodies longer than this are not parsed for a value (nothing a site sends may cost much). */
    static final int MAX_JSON = 1 << 20;
    /** Longer values taken from a response are refused: they go into headers and URLs of later requests. */
    static final int MAX_VALUE = 16 * 1024;

    private ScriptValues() {
    }

    /** The placeholder names in a text, in order, each once. */
    public static Set<String> names(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** The text with every known placeholder replaced by its value; unknown ones are left as written. */
    public static String fill(String text, Map<String, String> values) {
        if (text == null || text.indexOf("${") < 0) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * Where a value is read from: a JSON Pointer into the last response's body ({@code /token},
     * {@code /data/access_token}) or a response header ({@code header:X-Auth-Token}).
     */
    public record Source(String header, String pointer) {
        public Source {
            if ((header == null) == (pointer == null)) {
                throw new IllegalArgumentException("a value comes from a header or a JSON Pointer");
            }
        }

        /** Reads {@code /json/pointer} or {@code header:NAME}; the message says what is wrong. */
        public static Source parse(String text) {
            Objects.requireNonNull(text, "text");
            if (text.regionMatches(true, 0, "header:", 0, 7)) {
                String name = text.substring(7).strip();
                if (!HEADER_NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("\"" + text + "\" needs a header name after header:");
                }
                return new Source(name, null);
            }
            if (!text.startsWith("/")) {
                throw new IllegalArgumentException("\"" + text
                        + "\" is neither a JSON Pointer (starting with /) nor header:NAME");
            }
            try {
                JsonPointer.compile(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("\"" + text + "\" is not a valid JSON Pointer");
            }
            return new Source(null, text);
        }

        /** The value in the response (the last hop of a request), if it is there and is text, a number or a boolean. */
        public Optional<String> read(Exchange response) {
            if (header != null) {
                return response.responseHeaders().first(header).map(String::strip).filter(v -> !v.isEmpty());
            }
            if (response.responseBody().keptSize() > MAX_JSON || response.responseBody().truncated()) {
                return Optional.empty();
            }
            try {
                JsonNode node = JSON.readTree(response.responseBody().bytes()).at(pointer);
                return node.isValueNode() && !node.isNull() ? Optional.of(node.asText()) : Optional.empty();
            } catch (IOException | RuntimeException notJson) {
                return Optional.empty();
            }
        }

        /** For messages: {@code /token in the body} or {@code the X-Auth-Token header}. */
        public String describe() {
            return header != null ? "the " + header + " header" : pointer + " in the JSON body";
        }

        @Override
        public String toString() {
            return header != null ? "header:" + header : pointer;
        }
    }

    /** Reads each named value from the response; the problem names the first that is missing, else null. */
    public record Extracted(Map<String, String> values, String problem) {
        public Extracted {
            values = Map.copyOf(values);
        }
    }

    /** Reads {@code extract} (name → source) from the response. */
    public static Extracted extract(Map<String, String> extract, Exchange response) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> e : extract.entrySet()) {
            Source s = Source.parse(e.getValue());
            Optional<String> v = s.read(response);
            if (v.isPresent() && !usable(v.get())) {
                missing.add("the value for \"" + e.getKey() + "\" at " + s.describe() + " of the response is not "
                        + "usable in a request (" + v.get().length() + " characters; control characters or over "
                        + MAX_VALUE + ")");
            } else if (v.isPresent()) {
                out.put(e.getKey(), v.get());
            } else {
                missing.add("no value for \"" + e.getKey() + "\" at " + s.describe() + " of the response (status "
                        + response.status() + ")");
            }
        }
        return new Extracted(out, missing.isEmpty() ? null : missing.get(0));
    }

    /** A value a site sent that may go into a later request's headers or URL: bounded, no control characters. */
    static boolean usable(String value) {
        if (value.length() > MAX_VALUE) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** True for header names this tool sets itself and a script may not (Host, Content-Length…). */
    public static boolean reservedHeader(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "host", "content-length", "content-type", "transfer-encoding", "connection" -> true;
            default -> false;
        };
    }

    /** True when a header name is a valid HTTP token. */
    public static boolean validHeaderName(String name) {
        return HEADER_NAME.matcher(name).matches();
    }
}
