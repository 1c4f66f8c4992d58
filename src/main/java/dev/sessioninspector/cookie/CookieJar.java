package dev.sessioninspector.cookie;

import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.CookieEvent.Kind;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An in-memory cookie store with RFC 6265bis semantics (§5.7 storage, §5.8 retrieval) that reports what
 * each operation changed. Thread-safe: every method is synchronized on the jar.
 *
 * <p>Not modelled: SameSite enforcement (needs the site for cookies of each request; the caller knows
 * whether a request is cross-site), per-domain cookie count limits, and persistence.
 */
public final class CookieJar {
    private final Clock clock;
    private final Map<String, Stored> store = new LinkedHashMap<>();
    private long sequence;

    /** A stored cookie and its creation order (kept when a cookie is replaced, per §5.7). */
    private record Stored(Cookie cookie, long created) {
    }

    /** A jar reading the time from {@code clock} in the methods that take no explicit instant. */
    public CookieJar(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Stores the {@code Set-Cookie} header values of a response to {@code requestUri}, at the clock's time. */
    public JarResult apply(URI requestUri, List<String> setCookieHeaders) {
        return apply(requestUri, setCookieHeaders, clock.instant());
    }

    /**
     * Stores the {@code Set-Cookie} header values of a response to {@code requestUri} (HTTP API: HttpOnly
     * allowed). Cookies that expired by {@code now} are evicted first and reported as {@code EXPIRED}.
     */
    public synchronized JarResult apply(URI requestUri, List<String> setCookieHeaders, Instant now) {
        Objects.requireNonNull(requestUri, "requestUri");
        Objects.requireNonNull(now, "now");
        List<JarChange> changes = new ArrayList<>(expire(now));
        List<Rejection> rejections = new ArrayList<>();
        for (String header : setCookieHeaders) {
            store(requestUri, header, now, true, changes, rejections);
        }
        return new JarResult(changes, rejections);
    }

    /**
     * A {@code document.cookie = "..."} write from a page at {@code pageUri} (non-HTTP API: it cannot set
     * an HttpOnly cookie nor overwrite one). {@code javascript:}/{@code javascripts:} URIs as JavaFX
     * reports them are accepted ({@code javascripts} counts as secure).
     */
    public synchronized JarResult setFromScript(URI pageUri, String documentCookie, Instant now) {
        Objects.requireNonNull(pageUri, "pageUri");
        Objects.requireNonNull(now, "now");
        List<JarChange> changes = new ArrayList<>(expire(now));
        List<Rejection> rejections = new ArrayList<>();
        store(pageUri, documentCookie == null ? "" : documentCookie, now, false, changes, rejections);
        return new JarResult(changes, rejections);
    }

    private void store(URI uri, String header, Instant now, boolean fromHttp, List<JarChange> changes,
            List<Rejection> rejections) {
        SetCookieParse parse = SetCookieParser.parse(header);
        if (!parse.accepted()) {
            rejections.add(new Rejection(String.valueOf(header), parse.rejection(), !fromHttp));
            return;
        }
        StorageModel.Decision decision = StorageModel.evaluate(parse.cookie(), uri, now, fromHttp);
        if (decision.cookie() == null) {
            rejections.add(new Rejection(header, decision.rejection(), !fromHttp));
            return;
        }
        Cookie cookie = decision.cookie();
        Optional<String> conflict = conflict(cookie, uri, fromHttp);
        if (conflict.isPresent()) {
            rejections.add(new Rejection(header, conflict.get(), !fromHttp));
            return;
        }
        String key = keyOf(cookie);
        Stored old = store.remove(key);
        boolean expired = cookie.expiredAt(now);
        if (old == null) {
            if (!expired) {
                store.put(key, new Stored(cookie, ++sequence));
                changes.add(new JarChange(Kind.SET, cookie, null));
            }
            return;
        }
        if (expired) {
            changes.add(new JarChange(Kind.DELETED, cookie, old.cookie()));
        } else {
            store.put(key, new Stored(cookie, old.created()));
            changes.add(new JarChange(Kind.CHANGED, cookie, old.cookie()));
        }
    }

    /** The checks of §5.7 that depend on what the jar holds: Secure and HttpOnly cookies stay alone. */
    private Optional<String> conflict(Cookie cookie, URI uri, boolean fromHttp) {
        String label = cookie.name().isEmpty() ? "(nameless)" : cookie.name();
        if (!cookie.secure() && !StorageModel.isSecure(uri)) {
            for (Stored s : store.values()) {
                Cookie existing = s.cookie();
                if (existing.secure() && existing.name().equals(cookie.name())
                        && (Domains.domainMatches(existing.domain(), cookie.domain())
                            || Domains.domainMatches(cookie.domain(), existing.domain()))
                        && Paths.pathMatches(cookie.path(), existing.path())) {
                    return Optional.of("non-secure origin " + StorageModel.origin(uri)
                            + " may not overwrite Secure cookie " + label);
                }
            }
        }
        Stored old = store.get(keyOf(cookie));
        if (!fromHttp && old != null && old.cookie().httpOnly()) {
            return Optional.of("script may not overwrite HttpOnly cookie " + label);
        }
        return Optional.empty();
    }

    /** Evicts every cookie expired at {@code now}; one {@code EXPIRED} change each. */
    public synchronized List<JarChange> expire(Instant now) {
        List<JarChange> expired = new ArrayList<>();
        for (Iterator<Stored> it = store.values().iterator(); it.hasNext(); ) {
            Cookie c = it.next().cookie();
            if (c.expiredAt(now)) {
                it.remove();
                expired.add(new JarChange(Kind.EXPIRED, c, c));
            }
        }
        return expired;
    }

    /** The cookies an HTTP request to {@code uri} carries at the clock's time, in header order. */
    public List<Cookie> cookiesFor(URI uri) {
        return cookiesFor(uri, clock.instant());
    }

    /** The cookies an HTTP request to {@code uri} carries at {@code now}: longer paths first, then older. */
    public List<Cookie> cookiesFor(URI uri, Instant now) {
        return retrieve(uri, now, true);
    }

    /** What {@code document.cookie} shows on a page at {@code uri}: as {@link #cookiesFor} without HttpOnly. */
    public List<Cookie> cookiesForScript(URI uri, Instant now) {
        return retrieve(uri, now, false);
    }

    /** The {@code Cookie} request header for {@code uri} at {@code now}; empty string when none apply. */
    public String cookieHeader(URI uri, Instant now) {
        return CookieHeader.format(cookiesFor(uri, now));
    }

    /** The {@code document.cookie} string for a page at {@code uri}. */
    public String documentCookie(URI uri, Instant now) {
        return CookieHeader.format(cookiesForScript(uri, now));
    }

    private synchronized List<Cookie> retrieve(URI uri, Instant now, boolean httpApi) {
        Optional<String> maybeHost = Domains.canonicalHost(uri);
        if (maybeHost.isEmpty()) {
            return List.of();
        }
        String host = maybeHost.get();
        String path = Paths.requestPath(uri);
        boolean secure = StorageModel.isSecure(uri);
        List<Stored> matches = new ArrayList<>();
        for (Stored s : store.values()) {
            Cookie c = s.cookie();
            boolean hostOk = c.hostOnly() ? host.equals(c.domain()) : Domains.domainMatches(host, c.domain());
            if (hostOk && Paths.pathMatches(path, c.path()) && (secure || !c.secure())
                    && (httpApi || !c.httpOnly()) && !c.expiredAt(now)) {
                matches.add(s);
            }
        }
        matches.sort(Comparator.comparingInt((Stored s) -> -s.cookie().path().length())
                .thenComparingLong(Stored::created));
        return matches.stream().map(Stored::cookie).toList();
    }

    /** Every stored cookie (expired ones included until {@link #expire} runs), oldest first. */
    public synchronized List<Cookie> cookies() {
        return store.values().stream().sorted(Comparator.comparingLong(Stored::created)).map(Stored::cookie).toList();
    }

    /** Empties the jar; one {@code DELETED} change per cookie (the cookie is its own deleter). */
    public synchronized List<JarChange> clear() {
        List<JarChange> removed = store.values().stream()
                .map(s -> new JarChange(Kind.DELETED, s.cookie(), s.cookie())).toList();
        store.clear();
        return removed;
    }

    public synchronized int size() {
        return store.size();
    }

    /** §5.7: a cookie's identity is its name, domain, host-only flag and path. */
    static String keyOf(Cookie c) {
        return c.key() + (c.hostOnly() ? "\u0000h" : "\u0000d");
    }
}
