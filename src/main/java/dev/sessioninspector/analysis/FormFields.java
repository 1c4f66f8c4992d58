package dev.sessioninspector.analysis;

import dev.sessioninspector.model.Exchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named fields a request submitted: an urlencoded or multipart form, or the string fields of a JSON
 * body. Good enough to find a password field and the user name next to it; never throws on odd bodies.
 */
final class FormFields {
    private static final Pattern JSON_STRING_FIELD =
            Pattern.compile("\"([A-Za-z0-9_\\-.\\[\\]]{1,64})\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){0,512})\"");
    private static final Pattern MULTIPART_FIELD =
            Pattern.compile("name=\"([^\"]{1,64})\"\\r?\\n(?:[^\\r\\n]+\\r?\\n)*\\r?\\n([^\\r\\n]{0,512})");

    private FormFields() {
    }

    static Map<String, String> of(Exchange e) {
        Map<String, String> out = new LinkedHashMap<>();
        if (e.requestBody().isEmpty()) {
            return out;
        }
        String type = e.requestHeaders().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        String body = e.requestBody().text();
        if (type.contains("json") || (type.isEmpty() && body.trim().startsWith("{"))) {
            Matcher m = JSON_STRING_FIELD.matcher(body);
            while (m.find()) {
                out.putIfAbsent(m.group(1), m.group(2));
            }
        } else if (type.contains("multipart")) {
            Matcher m = MULTIPART_FIELD.matcher(body);
            while (m.find()) {
                out.putIfAbsent(m.group(1), m.group(2));
            }
        } else if (type.contains("x-www-form-urlencoded") || type.isEmpty()) {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.putIfAbsent(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
                }
            }
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException bad) {
            return s;
        }
    }

    /** True for field names that hold a password ({@code password}, {@code j_password}, {@code user[pass]}…). */
    static boolean isPasswordField(String name) {
        String n = leaf(name);
        return n.equals("password") || n.equals("passwd") || n.equals("pwd") || n.equals("pass")
                || n.equals("j_password") || n.equals("passphrase") || n.equals("userpassword")
                || n.equals("login_password") || n.equals("current-password") || n.equals("current_password");
    }

    /** True for field names that hold the user's name or e-mail. */
    static boolean isUserField(String name) {
        String n = leaf(name);
        return n.equals("username") || n.equals("user") || n.equals("email") || n.equals("login")
                || n.equals("user_name") || n.equals("j_username") || n.equals("userid") || n.equals("user_id")
                || n.equals("name") || n.equals("account") || n.equals("mail") || n.equals("identifier");
    }

    private static String leaf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int b = n.lastIndexOf('[');
        if (b >= 0 && n.endsWith("]")) {
            n = n.substring(b + 1, n.length() - 1);
        }
        int dot = n.lastIndexOf('.');
        return dot >= 0 ? n.substring(dot + 1) : n;
    }
}
