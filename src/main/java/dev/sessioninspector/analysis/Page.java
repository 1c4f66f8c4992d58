package dev.sessioninspector.analysis;

import dev.sessioninspector.model.Exchange;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * A response as the signed-in oracle judges it: status, the URL it came from (after any redirects the client
 * followed), the {@code Location} of an unfollowed redirect, and the text of the body.
 */
public record Page(int status, URI url, String location, String body) {
    public Page {
        Objects.requireNonNull(url, "url");
        location = location == null ? "" : location;
        body = body == null ? "" : body;
    }

    /** The page an exchange's response shows (binary bodies count as empty). */
    public static Page of(Exchange e) {
        return new Page(e.status(), e.url(), e.responseHeaders().first("Location").orElse(""), textOf(e));
    }

    static String textOf(Exchange e) {
        String type = e.responseHeaders().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.contains("html") && !type.contains("text") && !type.contains("json")
                && !type.contains("xml")) {
            return "";
        }
        return e.responseBody().text();
    }

    /** The URL path, {@code /} when empty. */
    public String path() {
        String p = url.getRawPath();
        return p == null || p.isEmpty() ? "/" : p;
    }
}
