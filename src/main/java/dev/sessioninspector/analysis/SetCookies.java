package dev.sessioninspector.analysis;

import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.SameSite;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code Set-Cookie} and {@code Cookie} header values for the analysis. Lenient in the way user agents
 * are: a header that yields no cookie is skipped, never an error.
 */
final class SetCookies {
    private SetCookies() {
    }

    /** The cookie a {@code Set-Cookie} value sets for a response to {@code url} received at {@code now}. */
    static Optional<Cookie> parse(String header, URI url, Instant now) {
        if (header == null) {
            return Optional.empty();
        }
        String[] parts = header.split(";");
        String pair = parts[0];
        int eq = pair.indexOf('=');
        if (eq <= 0) {
            return Optional.empty();
        }
        String name = pair.substring(0, eq).trim();
        String value = pair.substring(eq + 1).trim();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        String domain = null;
        String path = null;
        Instant expires = null;
        Long maxAge = null;
        boolean secure = false;
        boolean httpOnly = false;
        boolean partitioned = false;
        SameSite sameSite = SameSite.UNSPECIFIED;
        for (int i = 1; i < parts.length; i++) {
            String attr = parts[i].trim();
            int e = attr.indexOf('=');
            String key = (e < 0 ? attr : attr.substring(0, e)).trim().toLowerCase(Locale.ROOT);
            String val = e < 0 ? "" : attr.substring(e + 1).trim();
            switch (key) {
                case "domain" -> {
                    String d = val.startsWith(".") ? val.substring(1) : val;
                    domain = d.isEmpty() ? null : d.toLowerCase(Locale.ROOT);
                }
                case "path" -> path = val.startsWith("/") ? val : null;
                case "expires" -> {
                    Instant t = parseDate(val);
                    if (t != null) {
                        expires = t;
                    }
                }
                case "max-age" -> {
                    try {
                        maxAge = Long.parseLong(val);
                    } catch (NumberFormatException ignored) {
                        // an invalid Max-Age is ignored, as user agents do
                    }
                }
                case "secure" -> secure = true;
                case "httponly" -> httpOnly = true;
                case "partitioned" -> partitioned = true;
                case "samesite" -> sameSite = switch (val.toLowerCase(Locale.ROOT)) {
                    case "strict" -> SameSite.STRICT;
                    case "lax" -> SameSite.LAX;
                    case "none" -> SameSite.NONE;
                    default -> SameSite.UNSPECIFIED;
                };
                default -> {
                    // unknown attributes are ignored
                }
            }
        }
        if (maxAge != null) {
            expires = maxAge <= 0 ? Instant.EPOCH : now.plusSeconds(Math.min(maxAge, 400L * 24 * 3600 * 10));
        }
        if (path == null) {
            path = defaultPath(url);
        }
        boolean hostOnly = domain == null;
        return Optional.of(new Cookie(name, value, hostOnly ? host : domain, path, hostOnly, expires, maxAge, secure,
                httpOnly, sameSite, partitioned, header));
    }

    /** The name/value pairs of a {@code Cookie} request header, in order (a repeated name keeps the first). */
    static Map<String, String> parseCookieHeader(String header) {
        Map<String, String> out = new LinkedHashMap<>();
        if (header == null) {
            return out;
        }
        for (String part : header.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = part.substring(0, eq).trim();
            if (!name.isEmpty()) {
                out.putIfAbsent(name, part.substring(eq + 1).trim());
            }
        }
        return out;
    }

    static String defaultPath(URI url) {
        String p = url.getRawPath();
        if (p == null || p.isEmpty() || !p.startsWith("/")) {
            return "/";
        }
        int last = p.lastIndexOf('/');
        return last == 0 ? "/" : p.substring(0, last);
    }

    private static final DateTimeFormatter[] FORMATS = {
        DateTimeFormatter.RFC_1123_DATE_TIME,
        DateTimeFormatter.ofPattern("EEE, dd-MMM-yyyy HH:mm:ss zzz", Locale.ROOT),
        DateTimeFormatter.ofPattern("EEE, dd-MMM-yy HH:mm:ss zzz", Locale.ROOT),
        DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ROOT).withZone(java.time.ZoneOffset.UTC),
    };

    static Instant parseDate(String text) {
        for (DateTimeFormatter f : FORMATS) {
            try {
                return ZonedDateTime.parse(text.trim(), f).toInstant();
            } catch (DateTimeParseException ignored) {
                // try the next layout
            }
        }
        return null;
    }
}
