package dev.sessioninspector.ui.exchanges;

import dev.sessioninspector.cookie.CookieHeader;
import dev.sessioninspector.cookie.ParsedSetCookie;
import dev.sessioninspector.cookie.SetCookieParse;
import dev.sessioninspector.cookie.SetCookieParser;
import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.Exchange;
import java.util.ArrayList;
import java.util.List;

/**
 * The cookies of one exchange, decoded for the detail pane: each sent cookie and each {@code Set-Cookie}
 * with its attributes spelt out. No JavaFX.
 *
 * @param direction  "sent" or "set"
 * @param attributes the decoded attributes, e.g. "Path=/; HttpOnly; SameSite=Lax; Max-Age=3600"
 * @param problem    why the browser would reject it, or ""
 */
public record CookieRows(String direction, String name, String value, String attributes, String problem) {

    /** Sent cookies first, then set ones, in header order. */
    public static List<CookieRows> of(Exchange e) {
        List<CookieRows> rows = new ArrayList<>();
        for (String header : e.requestHeaders().values("Cookie")) {
            for (Cookie c : CookieHeader.parse(header)) {
                rows.add(new CookieRows("sent", c.name(), c.value(), "", ""));
            }
        }
        for (String header : e.responseHeaders().values("Set-Cookie")) {
            SetCookieParse parse = SetCookieParser.parse(header);
            ParsedSetCookie c = parse.cookie();
            if (c == null) {
                rows.add(new CookieRows("set", "?", header, "", parse.rejection()));
            } else {
                rows.add(new CookieRows("set", c.name(), c.value(), attributes(c),
                        parse.rejection() == null ? "" : parse.rejection()));
            }
        }
        return rows;
    }

    /** How many cookies the request sent. */
    public static int sentCount(Exchange e) {
        int n = 0;
        for (String header : e.requestHeaders().values("Cookie")) {
            for (String part : header.split(";")) {
                n += part.isBlank() ? 0 : 1;
            }
        }
        return n;
    }

    /** How many cookies the response set. */
    public static int setCount(Exchange e) {
        return e.responseHeaders().values("Set-Cookie").size();
    }

    static String attributes(ParsedSetCookie c) {
        List<String> parts = new ArrayList<>();
        if (c.domain() != null) {
            parts.add("Domain=" + c.domain());
        }
        parts.add("Path=" + (c.path() == null ? "(default)" : c.path()));
        if (c.maxAge() != null) {
            parts.add("Max-Age=" + c.maxAge() + (c.maxAge() <= 0 ? " (deletes)" : ""));
        }
        if (c.expires() != null) {
            parts.add("Expires=" + c.expires());
        }
        if (c.maxAge() == null && c.expires() == null) {
            parts.add("session cookie");
        }
        parts.add(c.secure() ? "Secure" : "not Secure");
        parts.add(c.httpOnly() ? "HttpOnly" : "readable by script");
        parts.add("SameSite=" + switch (c.sameSite()) {
            case STRICT -> "Strict";
            case LAX -> "Lax";
            case NONE -> "None";
            case UNSPECIFIED -> "(not set)";
        });
        if (c.partitioned()) {
            parts.add("Partitioned");
        }
        return String.join("; ", parts);
    }
}
