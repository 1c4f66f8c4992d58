package dev.sessioninspector.har;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sessioninspector.cookie.CookieHeader;
import dev.sessioninspector.cookie.SetCookieParser;
import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Notices a HAR whose secrets were stripped (Chrome's default "Export HAR (sanitized)" drops cookie and
 * auth headers; other tools replace values with markers), because session analysis needs the real
 * cookie values. Fed one exchange at a time.
 */
final class SanitizedHarDetector {
    private static final Pattern MASK = Pattern.compile(
            "(?i)(.*redacted.*|.*sanitized.*|\\*{3,}|x{3,}|\\[(filtered|hidden|removed|masked)]|<hidden>|<removed>)");

    private int cookieHeaders;
    private int maskedValues;
    private String example;

    void inspect(Exchange e) {
        for (String h : e.requestHeaders().values("Cookie")) {
            cookieHeaders++;
            for (Cookie c : CookieHeader.parse(h)) {
                check(c.name(), c.value());
            }
        }
        for (String h : e.responseHeaders().values("Set-Cookie")) {
            cookieHeaders++;
            var parsed = SetCookieParser.parse(h);
            if (parsed.accepted()) {
                check(parsed.cookie().name(), parsed.cookie().value());
            } else if (MASK.matcher(h.strip()).matches()) {
                check("Set-Cookie", h.strip());
            }
        }
    }

    private void check(String name, String value) {
        if (MASK.matcher(value).matches()) {
            maskedValues++;
            if (example == null) {
                example = (name.isEmpty() ? "" : name + "=") + value;
            }
        }
    }

    List<String> warnings(JsonNode comment, JsonNode block, int exchanges) {
        List<String> w = new ArrayList<>();
        if (block != null && block.path("sanitized").asBoolean(false)) {
            w.add("this HAR was exported sanitized: cookie values and credentials are " + Sanitizer.REDACTED
                    + ", so session analysis cannot compare session IDs; export it again unsanitized");
        } else if (comment != null && comment.asText("").toLowerCase(Locale.ROOT).contains("sanitiz")) {
            w.add("the HAR's comment says it was sanitized: session analysis needs the real cookie values");
        }
        if (maskedValues > 0) {
            w.add(maskedValues + " cookie values look redacted (e.g. " + example + "): session analysis needs the "
                    + "real values; export the HAR with sensitive data included");
        }
        if (exchanges > 0 && cookieHeaders == 0) {
            w.add("the HAR holds no Cookie or Set-Cookie headers at all: it may have been exported sanitized "
                    + "(Chrome's default), or the site sets no cookies; session analysis needs them");
        }
        return w;
    }
}
