package dev.sessioninspector.capture;

import dev.sessioninspector.model.JsonText;

/**
 * Masks the values of password keys in JSON text without parsing it into objects: a tolerant scanner
 * that tracks strings, so broken or truncated JSON is masked as far as it goes and otherwise left alone.
 * A masked value becomes the string {@value PasswordMasker#MASK}; objects and arrays under a password key
 * are left (their own keys are judged one by one).
 */
final class JsonMasker {
    private JsonMasker() {
    }

    static String mask(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c != '"') {
                out.append(c);
                i++;
                continue;
            }
            int end = JsonText.stringEnd(text, i);
            String token = text.substring(i, end);
            out.append(token);
            i = end;
            int colon = JsonText.skipSpace(text, i);
            if (colon < n && text.charAt(colon) == ':' && PasswordMasker.isPasswordField(unquote(token))) {
                int valueStart = JsonText.skipSpace(text, colon + 1);
                int valueEnd = valueEnd(text, valueStart);
                if (valueEnd > valueStart) {
                    out.append(text, i, valueStart).append('"').append(PasswordMasker.MASK).append('"');
                    i = valueEnd;
                }
            }
        }
        return out.toString();
    }

    /** The end of a string or primitive value at {@code start}; {@code start} itself for objects and arrays. */
    private static int valueEnd(String text, int start) {
        if (start >= text.length()) {
            return start;
        }
        char c = text.charAt(start);
        if (c == '"') {
            return JsonText.stringEnd(text, start);
        }
        if (c == '{' || c == '[') {
            return start;
        }
        int i = start;
        while (i < text.length() && ",}] \t\r\n".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private static String unquote(String token) {
        String t = token.length() >= 2 && token.endsWith("\"") ? token.substring(1, token.length() - 1)
                : token.substring(1);
        return t.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
