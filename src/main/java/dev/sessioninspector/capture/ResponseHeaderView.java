package dev.sessioninspector.capture;

import dev.sessioninspector.model.Header;
import java.net.HttpURLConnection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The response headers of a JDK connection in the order they came, with the raw {@code Set-Cookie} values.
 *
 * <p>{@link HttpURLConnection} hides HttpOnly {@code Set-Cookie} values (an empty string stands in their
 * place) but keeps the wire order; the map it hands the cookie handler is complete but grouped by name,
 * with the values of each name in reverse order. This view walks the wire order and puts the raw values back.
 */
final class ResponseHeaderView {
    private ResponseHeaderView() {
    }

    static List<Header> read(HttpURLConnection c, Map<String, List<String>> fromCookieHandler) {
        Deque<String> rawSetCookies = new ArrayDeque<>(setCookiesInWireOrder(fromCookieHandler));
        List<Header> out = new ArrayList<>();
        try {
            for (int i = 1; ; i++) {
                String name = c.getHeaderFieldKey(i);
                if (name == null) {
                    if (SafeHeaders.quietField(c, i) == null) {
                        break;
                    }
                    continue;
                }
                String value;
                if (name.equalsIgnoreCase("Set-Cookie") && !rawSetCookies.isEmpty()) {
                    value = rawSetCookies.removeFirst();
                } else {
                    value = SafeHeaders.quietField(c, i);
                }
                if (!name.isBlank()) {
                    out.add(new Header(name, value == null ? "" : value));
                }
            }
        } catch (RuntimeException e) {
            // fall through with what was read
        }
        for (String rest : rawSetCookies) {
            out.add(new Header("Set-Cookie", rest));
        }
        return out;
    }

    /** The {@code Set-Cookie} values the JDK handed the cookie handler, back in the order they came. */
    static List<String> setCookiesInWireOrder(Map<String, List<String>> fromCookieHandler) {
        List<String> values = new ArrayList<>();
        if (fromCookieHandler == null) {
            return values;
        }
        fromCookieHandler.forEach((name, list) -> {
            if (name != null && name.equalsIgnoreCase("Set-Cookie") && list != null) {
                values.addAll(list);
            }
        });
        java.util.Collections.reverse(values);
        return values;
    }
}
