package dev.sessioninspector.cookie;

import dev.sessioninspector.model.Cookie;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code Cookie} request header: parsing it into name/value pairs, and writing one the way browsers
 * do ({@code name=value} joined by {@code "; "}; a nameless cookie is written as its value alone).
 */
public final class CookieHeader {
    private CookieHeader() {
    }

    /**
     * The pairs of a {@code Cookie} header, in order, as {@link Cookie#simple} cookies. Pieces are split at
     * {@code ;} and trimmed; a piece without {@code =} is a nameless cookie (name {@code ""}), which is how
     * a browser sends one; empty pieces are skipped. Quotes are kept as part of the value.
     */
    public static List<Cookie> parse(String header) {
        List<Cookie> pairs = new ArrayList<>();
        if (header == null) {
            return pairs;
        }
        for (String piece : header.split(";", -1)) {
            String p = piece.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq < 0) {
                pairs.add(Cookie.simple("", p));
            } else {
                pairs.add(Cookie.simple(p.substring(0, eq).strip(), p.substring(eq + 1).strip()));
            }
        }
        return pairs;
    }

    /** The header a browser sends for these cookies, in the given order; empty string for none. */
    public static String format(List<Cookie> cookies) {
        StringBuilder sb = new StringBuilder();
        for (Cookie c : cookies) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            if (!c.name().isEmpty()) {
                sb.append(c.name()).append('=');
            }
            sb.append(c.value());
        }
        return sb.toString();
    }
}
