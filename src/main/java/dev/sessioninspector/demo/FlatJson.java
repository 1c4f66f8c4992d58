package dev.sessioninspector.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the one JSON shape the single-page section takes: a flat object whose members are strings, numbers,
 * booleans or null (a sign-in body, a JWT's header and claims). Anything else, nesting included, is empty:
 * the demo shop uses the JDK only, and nothing a client sends may cost much or throw.
 */
final class FlatJson {
    static final int MAX_LENGTH = 16_384;

    private final String s;
    private int i;

    private FlatJson(String s) {
        this.s = s;
    }

    /** The members (values as text: a string's content, a number, true, false, null), or empty. */
    static Optional<Map<String, String>> parse(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FlatJson(text).object());
        } catch (IllegalArgumentException | IndexOutOfBoundsException bad) {
            return Optional.empty();
        }
    }

    private Map<String, String> object() {
        Map<String, String> out = new LinkedHashMap<>();
        expect('{');
        if (peek() == '}') {
            i++;
        } else {
            do {
                String key = string();
                expect(':');
                out.put(key, value());
            } while (comma());
            expect('}');
        }
        space();
        if (i != s.length()) {
            throw new IllegalArgumentException("trailing content");
        }
        return out;
    }

    private boolean comma() {
        if (peek() == ',') {
            i++;
            return true;
        }
        return false;
    }

    private String value() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        int start = i;
        while (i < s.length() && "+-.0123456789eEtruefalsn".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        String word = s.substring(start, i);
        if (word.isEmpty() || !(word.equals("true") || word.equals("false") || word.equals("null")
                || word.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?"))) {
            throw new IllegalArgumentException("not a flat value");
        }
        return word;
    }

    private String string() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = s.charAt(i++);
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\') {
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> sb.append(e);
                }
            } else if (c < 0x20) {
                throw new IllegalArgumentException("control character in a string");
            } else {
                sb.append(c);
            }
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new IllegalArgumentException("expected " + c);
        }
        i++;
    }

    private char peek() {
        space();
        return s.charAt(i);
    }

    private void space() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }
}
