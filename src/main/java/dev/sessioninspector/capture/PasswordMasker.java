package dev.sessioninspector.capture;

import dev.sessioninspector.model.Body;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Replaces password values in recorded request bodies (form-urlencoded, multipart form data, JSON) and
 * query strings by {@value #MASK}, leaving every other byte as it was (bodies are handled as ISO-8859-1 so
 * non-UTF-8 bytes survive). A field counts as a password when its name contains {@code passw},
 * {@code pwd}, {@code passphrase} or {@code passcode}, or its last word is {@code pass}, {@code pin} or
 * {@code secret} ({@code user[password]}, {@code new_password}, {@code client_secret}…).
 */
public final class PasswordMasker {
    /** What a masked value reads. */
    public static final String MASK = "********";

    private PasswordMasker() {
    }

    public static boolean isPasswordField(String name) {
        if (name == null) {
            return false;
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("passw") || n.contains("pwd") || n.contains("passphrase") || n.contains("passcode")) {
            return true;
        }
        String[] words = n.split("[^a-z0-9]+");
        String last = words.length == 0 ? "" : words[words.length - 1];
        return last.equals("pass") || last.equals("pin") || last.equals("secret");
    }

    /** The body with its password fields masked, judged by the request's {@code Content-Type}. */
    public static Body mask(Body body, String contentType) {
        if (body == null || body.keptSize() == 0) {
            return body;
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).trim();
        String text = new String(body.bytes(), StandardCharsets.ISO_8859_1);
        String masked;
        if (type.startsWith("application/x-www-form-urlencoded")) {
            masked = maskPairs(text, '&');
        } else if (type.startsWith("multipart/form-data")) {
            String boundary = parameter(contentType, "boundary");
            masked = boundary == null ? text : MultipartMasker.mask(text, boundary);
        } else if (type.contains("json") || looksLikeJson(type, text)) {
            masked = JsonMasker.mask(text);
        } else {
            return body;
        }
        if (masked.equals(text)) {
            return body;
        }
        byte[] bytes = masked.getBytes(StandardCharsets.ISO_8859_1);
        long size = Math.max(bytes.length, body.originalSize() + bytes.length - body.keptSize());
        return new Body(bytes, size);
    }

    /** The URI with password parameters of its query masked. */
    public static URI maskQuery(URI uri) {
        String query = uri.getRawQuery();
        if (query == null || query.isEmpty()) {
            return uri;
        }
        String masked = maskPairs(query, '&');
        if (masked.equals(query)) {
            return uri;
        }
        String s = uri.toString();
        int at = s.indexOf('?');
        String fragment = uri.getRawFragment();
        try {
            return new URI(s.substring(0, at + 1) + masked + (fragment == null ? "" : "#" + fragment));
        } catch (URISyntaxException e) {
            return uri;
        }
    }

    /** {@code a=1&password=x} → {@code a=1&password=********}. */
    static String maskPairs(String text, char separator) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(separator, start);
            if (end < 0) {
                end = text.length();
            }
            String pair = text.substring(start, end);
            int eq = pair.indexOf('=');
            if (eq > 0 && isPasswordField(decode(pair.substring(0, eq)))) {
                out.append(pair, 0, eq + 1).append(MASK);
            } else {
                out.append(pair);
            }
            if (end < text.length()) {
                out.append(separator);
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static boolean looksLikeJson(String type, String text) {
        if (!type.isEmpty() && !type.startsWith("text/plain")) {
            return false;
        }
        String t = text.stripLeading();
        return t.startsWith("{") || t.startsWith("[");
    }

    /** A parameter of a header value such as {@code multipart/form-data; boundary=xyz}. */
    static String parameter(String headerValue, String name) {
        for (String part : headerValue.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).trim().equalsIgnoreCase(name)) {
                String v = part.substring(eq + 1).trim();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1);
                }
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }
}
