package dev.sessioninspector.ui.exchanges;

import dev.sessioninspector.analysis.Jwt;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Header;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JWTs an exchange carries (request and response headers, request and response bodies), decoded for people:
 * where each was, its header and claims, and its times ({@code iat}, {@code nbf}, {@code exp}) as dates with the
 * lifetime. Nothing is verified. Plain text, so the view stays a read-only text area.
 */
final class TokenText {
    static final String NONE = "No JWT in this exchange.";
    private static final int MAX_TOKENS = 5;
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{2,}\\.[A-Za-z0-9_-]{2,}\\.[A-Za-z0-9_-]*");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private TokenText() {
    }

    static String render(Exchange e) {
        Map<String, String> found = new LinkedHashMap<>(); // token → where
        for (Header h : e.requestHeaders().all()) {
            find(h.value(), "request header " + h.name(), found);
        }
        find(e.requestBody().isEmpty() ? "" : e.requestBody().text(), "request body", found);
        for (Header h : e.responseHeaders().all()) {
            find(h.value(), "response header " + h.name(), found);
        }
        find(e.responseBody().isEmpty() ? "" : e.responseBody().text(), "response body", found);
        if (found.isEmpty()) {
            return NONE;
        }
        StringBuilder b = new StringBuilder();
        found.forEach((token, where) -> Jwt.parse(token).ifPresent(jwt -> describe(b, jwt, where)));
        return b.toString().strip();
    }

    private static void find(String text, String where, Map<String, String> found) {
        if (text == null || text.length() > 1_000_000) {
            return;
        }
        Matcher m = JWT.matcher(text);
        while (m.find() && found.size() < MAX_TOKENS) {
            if (Jwt.is(m.group())) {
                found.putIfAbsent(m.group(), where);
            }
        }
    }

    static void describe(StringBuilder b, Jwt jwt, String where) {
        b.append("JWT in the ").append(where).append('\n');
        b.append("  header  ").append(jwt.headerJson()).append('\n');
        b.append("  claims  ").append(jwt.claimsJson()).append('\n');
        time(b, "iat", "issued", jwt.issuedAt());
        time(b, "nbf", "not before", jwt.notBefore());
        time(b, "exp", "expires", jwt.expires());
        if (jwt.expires().isEmpty()) {
            b.append("  no exp: the token never expires\n");
        } else if (jwt.issuedAt().isPresent()) {
            b.append("  lifetime  ").append(human(Duration.between(jwt.issuedAt().get(), jwt.expires().get())))
                    .append(" (exp − iat)\n");
        }
        b.append("  signature  ").append(jwt.unsigned() ? "none (alg: none)" : jwt.algorithm() + ", not verified")
                .append("\n\n");
    }

    private static void time(StringBuilder b, String claim, String label, Optional<Instant> t) {
        t.ifPresent(i -> b.append("  ").append(claim).append("  ").append(DATE.format(i)).append("  (").append(label)
                .append(")\n"));
    }

    static String human(Duration d) {
        if (d.isNegative()) {
            return "negative (" + d + ")";
        }
        long m = d.toMinutes();
        if (m < 120) {
            return m + (m == 1 ? " minute" : " minutes");
        }
        long h = d.toHours();
        return h < 72 ? h + " hours" : d.toDays() + " days";
    }
}
