package dev.sessioninspector.demo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parses {@code application/x-www-form-urlencoded} text (form bodies and query strings). */
final class Forms {
    private static final int MAX_FIELDS = 100;

    private Forms() {
    }

    /**
     * The fields of {@code encoded}; the first value of a repeated name wins.
     *
     * @throws HttpError 400 when a field is not valid percent-encoding or there are too many fields
     */
    static Map<String, String> parse(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return Map.of();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        int count = 0;
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            if (++count > MAX_FIELDS) {
                throw new HttpError(400, "Too many form fields.");
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            fields.putIfAbsent(name, value);
        }
        return Collections.unmodifiableMap(fields);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new HttpError(400, "The form data is not valid URL encoding.");
        }
    }
}
