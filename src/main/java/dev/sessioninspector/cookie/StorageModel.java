package dev.sessioninspector.cookie;

import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.SameSite;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The stateless half of the RFC 6265bis §5.7 storage model: turns a parsed {@code Set-Cookie} into the
 * cookie a user agent would store for a request URI, or says why it would ignore it. The checks that
 * depend on what the jar already holds live in {@link CookieJar}.
 */
final class StorageModel {
    /** 6265bis §5.6.1/5.6.2: no cookie lives longer than this, whatever Expires or Max-Age say. */
    static final Duration AGE_LIMIT = Duration.ofDays(400);
    /** The "earliest representable date" a non-positive Max-Age sets. */
    static final Instant EARLIEST = Instant.EPOCH;

    private StorageModel() {
    }

    /** A cookie to store, or a rejection reason. */
    record Decision(Cookie cookie, String rejection) {
        static Decision reject(String reason) {
            return new Decision(null, reason);
        }
    }

    static Decision evaluate(ParsedSetCookie p, URI requestUri, Instant now, boolean fromHttp) {
        Optional<String> maybeHost = Domains.canonicalHost(requestUri);
        if (maybeHost.isEmpty()) {
            return Decision.reject("request URI " + requestUri + " has no host");
        }
        String host = maybeHost.get();
        if (p.name().isEmpty() && hasPrefix(p.value())) {
            return Decision.reject("a nameless cookie's value may not start with __Secure- or __Host-");
        }
        Instant expires = expiry(p, now);

        String domain;
        boolean hostOnly;
        if (p.domain() != null) {
            Optional<String> canonical = Domains.canonicalize(p.domain());
            if (canonical.isEmpty()) {
                return Decision.reject("Domain=" + p.domain() + " is not a valid host name");
            }
            String d = canonical.get();
            if (Domains.isPublicSuffix(d) && !d.equals(host)) {
                return Decision.reject("Domain=" + p.domain() + " is a public suffix");
            }
            if (!Domains.domainMatches(host, d)) {
                return Decision.reject("Domain=" + p.domain() + " does not domain-match " + host);
            }
            // A Domain equal to a public suffix or an IP host makes a host-only cookie (§5.7 step 5; browsers).
            hostOnly = d.equals(host) && (Domains.isPublicSuffix(d) || Domains.isIpAddress(host));
            domain = d;
        } else {
            domain = host;
            hostOnly = true;
        }
        String path = p.path() != null ? p.path() : Paths.defaultPath(requestUri);

        String label = p.name().isEmpty() ? "(nameless)" : p.name();
        boolean secureOrigin = isSecure(requestUri);
        if (p.secure() && !secureOrigin) {
            return Decision.reject("Secure cookie " + label + " from non-secure origin " + origin(requestUri));
        }
        if (p.httpOnly() && !fromHttp) {
            return Decision.reject("HttpOnly cookie " + label + " cannot be set from script");
        }
        if (p.sameSite() == SameSite.NONE && !p.secure()) {
            return Decision.reject("SameSite=None cookie " + label + " lacks Secure");
        }
        String lower = p.name().toLowerCase(Locale.ROOT);
        if (lower.startsWith("__secure-") && !p.secure()) {
            return Decision.reject("__Secure- cookie " + label + " lacks Secure");
        }
        if (lower.startsWith("__host-") && !(p.secure() && p.domain() == null && p.pathAttribute()
                && "/".equals(path))) {
            return Decision.reject("__Host- cookie " + label + " needs Secure, no Domain and Path=/");
        }
        if (p.partitioned() && !p.secure()) {
            return Decision.reject("Partitioned cookie " + label + " lacks Secure");
        }
        return new Decision(new Cookie(p.name(), p.value(), domain, path, hostOnly, expires, p.maxAge(),
                p.secure(), p.httpOnly(), p.sameSite(), p.partitioned(), fromHttp ? p.raw() : null), null);
    }

    /** Max-Age wins over Expires; both are capped at {@link #AGE_LIMIT}; null for a session cookie. */
    static Instant expiry(ParsedSetCookie p, Instant now) {
        Instant limit = now.plus(AGE_LIMIT);
        if (p.maxAge() != null) {
            long seconds = p.maxAge();
            if (seconds <= 0) {
                return EARLIEST;
            }
            return seconds >= AGE_LIMIT.getSeconds() ? limit : now.plusSeconds(seconds);
        }
        if (p.expires() != null) {
            return p.expires().isAfter(limit) ? limit : p.expires();
        }
        return null;
    }

    private static boolean hasPrefix(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.startsWith("__secure-") || lower.startsWith("__host-");
    }

    /**
     * Whether the URI's scheme is a secure protocol: {@code https}, {@code wss}, and {@code javascripts}
     * (the URI JavaFX WebView gives {@code document.cookie} access from an https page).
     */
    static boolean isSecure(URI uri) {
        String scheme = uri.getScheme();
        return scheme != null && switch (scheme.toLowerCase(Locale.ROOT)) {
            case "https", "wss", "javascripts" -> true;
            default -> false;
        };
    }

    static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
