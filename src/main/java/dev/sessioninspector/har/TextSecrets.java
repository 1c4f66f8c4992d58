package dev.sessioninspector.har;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Finds {@code name=value} pairs with a secret name ({@link SecretNames}) in any text: query strings and
 * {@code ;jsessionid=} path parameters in links of an HTML page, a script, a plain-text body, a URL. One pass
 * with a bounded look-back for the name: linear in the text, no regular expression.
 */
final class TextSecrets {
    private static final int LONGEST_NAME = 128;
    private static final String VALUE_STOPS = "&;#?\"'<>,()[]{}\\`|";

    private TextSecrets() {
    }

    /** The text with the value of every secret {@code name=value} replaced by {@code marker}. */
    static String redact(String text, String marker, Consumer<String> found) {
        if (text.indexOf('=') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            out.append(c);
            i++;
            if (c != '=') {
                continue;
            }
            int eq = i - 1;
            int start = eq;
            while (start > 0 && eq - start < LONGEST_NAME && nameChar(text.charAt(start - 1))) {
                start--;
            }
            if (start == eq || !SecretNames.isSecret(decode(text.substring(start, eq)))) {
                continue;
            }
            int end = i;
            while (end < n && !valueStop(text.charAt(end))) {
                end++;
            }
            if (end > i && !text.startsWith(marker, i) && !text.startsWith(Sanitizer.REDACTED, i)) {
                found.accept(text.substring(i, end));
                out.append(marker);
                i = end;
            }
        }
        return out.toString();
    }

    private static boolean nameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '%' || c == ':' || c == '['
                || c == ']';
    }

    private static boolean valueStop(char c) {
        return Character.isWhitespace(c) || c < 0x20 || VALUE_STOPS.indexOf(c) >= 0;
    }

    static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
