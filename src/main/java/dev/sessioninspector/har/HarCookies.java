package dev.sessioninspector.har;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Rebuilds a {@code Set-Cookie} value from a HAR response {@code cookies} object (when the header is absent). */
final class HarCookies {
    private HarCookies() {
    }

    static String toSetCookie(JsonNode c) {
        StringBuilder sb = new StringBuilder();
        sb.append(c.path("name").asText("")).append('=').append(c.path("value").asText(""));
        if (c.hasNonNull("path")) {
            sb.append("; Path=").append(c.get("path").asText());
        }
        if (c.hasNonNull("domain")) {
            sb.append("; Domain=").append(c.get("domain").asText());
        }
        if (c.hasNonNull("expires")) {
            try {
                Instant when = HarDates.parse(c.get("expires").asText());
                sb.append("; Expires=").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(when.atOffset(ZoneOffset.UTC)));
            } catch (IllegalArgumentException unreadable) {
                // a cookie without a readable expiry stays a session cookie
            }
        }
        if (c.path("httpOnly").asBoolean(false)) {
            sb.append("; HttpOnly");
        }
        if (c.path("secure").asBoolean(false)) {
            sb.append("; Secure");
        }
        if (c.hasNonNull("sameSite")) {
            sb.append("; SameSite=").append(c.get("sameSite").asText());
        }
        return sb.toString();
    }
}
