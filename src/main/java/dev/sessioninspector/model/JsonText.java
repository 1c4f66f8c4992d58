package dev.sessioninspector.model;

/**
 * Scanning JSON-like text by hand, one linear pass, no regular expression: for code that must also cope with
 * bodies that do not parse (an Angular {@code )]}',} prefix, a cut body), such as password masking at capture and
 * secret redaction at export.
 */
public final class JsonText {
    private JsonText() {
    }

    /** The index just after the string starting at {@code quote} (a quote), or the text's end when it is cut. */
    public static int stringEnd(String text, int quote) {
        int i = quote + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }

    /** The first index at or after {@code i} that is not white space (the text's length if none). */
    public static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
