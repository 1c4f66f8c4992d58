package dev.sessioninspector.capture;

import java.net.HttpURLConnection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The response header view the JDK would give, built without its {@code Set-Cookie} filter.
 *
 * <p>{@link HttpURLConnection} hides HttpOnly cookies by parsing every {@code Set-Cookie} with
 * {@link java.net.HttpCookie}, which throws {@link IllegalArgumentException} on lines browsers shrug off
 * ({@code =;;;}, {@code ; HttpOnly}, {@code Max-Age=abc}…). WebView asks for the header map of every
 * response, so one such line would fail the whole page load. Capture runs WebView on that loader, so its
 * wrapper answers instead with the same view: values as received, HttpOnly {@code Set-Cookie} values blank.
 */
final class SafeHeaders {
    private SafeHeaders() {
    }

    static Map<String, List<String>> fields(HttpURLConnection c, Map<String, List<String>> fromCookieHandler) {
        List<String> cookies = ResponseHeaderView.setCookiesInWireOrder(fromCookieHandler);
        Map<String, List<String>> out = new LinkedHashMap<>();
        String statusLine = quietField(c, 0);
        if (statusLine != null) {
            out.put(null, List.of(statusLine));
        }
        int cookieIndex = 0;
        for (int i = 1; ; i++) {
            String key = c.getHeaderFieldKey(i);
            if (key == null) {
                break;
            }
            String value;
            if (key.equalsIgnoreCase("Set-Cookie")) {
                value = cookieIndex < cookies.size() ? hideHttpOnly(cookies.get(cookieIndex)) : "";
                cookieIndex++;
            } else {
                value = quietField(c, i);
            }
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(value == null ? "" : value);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return java.util.Collections.unmodifiableMap(out);
    }

    static String field(HttpURLConnection c, Map<String, List<String>> fromCookieHandler, int n) {
        String key = c.getHeaderFieldKey(n);
        if (key == null || !key.equalsIgnoreCase("Set-Cookie")) {
            return quietField(c, n);
        }
        int index = 0;
        for (int i = 1; i < n; i++) {
            String k = c.getHeaderFieldKey(i);
            if (k != null && k.equalsIgnoreCase("Set-Cookie")) {
                index++;
            }
        }
        List<String> cookies = ResponseHeaderView.setCookiesInWireOrder(fromCookieHandler);
        return index < cookies.size() ? hideHttpOnly(cookies.get(index)) : "";
    }

    static String field(HttpURLConnection c, Map<String, List<String>> fromCookieHandler, String name) {
        if (name == null || !name.equalsIgnoreCase("Set-Cookie")) {
            return null;
        }
        List<String> cookies = ResponseHeaderView.setCookiesInWireOrder(fromCookieHandler);
        return cookies.isEmpty() ? null : hideHttpOnly(cookies.get(cookies.size() - 1));
    }

    /** {@code c.getHeaderField(n)}, or null where the JDK's filter throws. */
    static String quietField(HttpURLConnection c, int n) {
        try {
            return c.getHeaderField(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Blank for an HttpOnly cookie (as the JDK shows it), else the line unchanged. */
    static String hideHttpOnly(String setCookie) {
        for (String attribute : setCookie.split(";")) {
            if (attribute.trim().toLowerCase(Locale.ROOT).equals("httponly")) {
                return "";
            }
        }
        return setCookie;
    }
}
