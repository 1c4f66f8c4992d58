package dev.sessioninspector.analysis;

import dev.sessioninspector.cookie.CookieHeader;
import dev.sessioninspector.cookie.ParsedSetCookie;
import dev.sessioninspector.cookie.SetCookieParser;
import dev.sessioninspector.model.Cookie;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code Set-Cookie} and {@code Cookie} header values for the analysis with the cookie package's
 * RFC 6265bis parser. Lenient in the way user agents are: a header that yields no cookie is skipped.
 */
final class SetCookies {
    /** Far enough for any lifetime a rule reports, small enough never to overflow an Instant. */
    private static final long MAX_SECONDS = 100L * 365 * 24 * 3600;

    private SetCookies() {
    }

    /**
     * The cookie a {@code Set-Cookie} value asks for, for a response to {@code url} received at {@code now}:
     * the attributes as the server sent them (parsed by RFC 6265bis), whether or not a user agent would store
     * it, because the rules judge what the server asked for.
     */
    static Optional<Cookie> parse(String header, URI url, Instant now) {
        if (header == null) {
            return Optional.empty();
        }
        Optional<ParsedSetCookie> parsed = SetCookieParser.parse(header).asOptional();
        if (parsed.isEmpty() || parsed.get().name().isEmpty()) {
            return Optional.empty();
        }
        ParsedSetCookie p = parsed.get();
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        Instant expires = p.expires();
        if (p.maxAge() != null) {
            expires = p.maxAge() <= 0 ? Instant.EPOCH : now.plusSeconds(Math.min(p.maxAge(), MAX_SECONDS));
        }
        boolean hostOnly = p.domain() == null;
        String path = p.path() != null ? p.path() : defaultPath(url);
        return Optional.of(new Cookie(p.name(), p.value(), hostOnly ? host : p.domain(), path, hostOnly, expires,
                p.maxAge(), p.secure(), p.httpOnly(), p.sameSite(), p.partitioned(), header));
    }

    /** The name/value pairs of a {@code Cookie} request header, in order (a repeated name keeps the first). */
    static Map<String, String> parseCookieHeader(String header) {
        Map<String, String> out = new LinkedHashMap<>();
        if (header == null) {
            return out;
        }
        for (Cookie c : CookieHeader.parse(header)) {
            if (!c.name().isEmpty()) {
                out.putIfAbsent(c.name(), c.value());
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
}
