package dev.sessioninspector.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cookies a request sent, parsed leniently from any number of {@code Cookie} headers: pairs without
 * {@code =}, empty names and stray separators are skipped, the first value of a repeated name wins, and
 * surrounding double quotes are removed. Nothing a client sends here can make the shop fail.
 */
final class RequestCookies {
    private static final int MAX_COOKIES = 200;
    private final Map<String, String> values;

    private RequestCookies(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    static RequestCookies parse(List<String> cookieHeaders) {
        Map<String, String> values = new LinkedHashMap<>();
        if (cookieHeaders != null) {
            for (String header : cookieHeaders) {
                if (header == null) {
                    continue;
                }
                for (String pair : header.split(";")) {
                    int eq = pair.indexOf('=');
                    if (eq <= 0 || values.size() >= MAX_COOKIES) {
                        continue;
                    }
                    String name = pair.substring(0, eq).trim();
                    String value = pair.substring(eq + 1).trim();
                    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                        value = value.substring(1, value.length() - 1);
                    }
                    if (!name.isEmpty()) {
                        values.putIfAbsent(name, value);
                    }
                }
            }
        }
        return new RequestCookies(values);
    }

    /** The value of cookie {@code name}, or null when absent or empty. */
    String get(String name) {
        String v = values.get(name);
        return v == null || v.isEmpty() ? null : v;
    }
}
