package dev.sessioninspector.analysis;

import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.RecordingData;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which cookies each exchange of a recording sent and which it set. {@code Cookie} request headers are used
 * when the recording has them; when it has none at all (a capture that could not see them), what a user
 * agent would have sent is worked out from the cookies set so far (and those {@link #held() held} when Record was
 * pressed). Probe exchanges are left out: probes keep their own cookies. Cookies held at Record are not
 * {@link #issued() issued}: nothing set them in this recording, and their attributes are unknown.
 */
public final class CookieTraffic {
    private final List<Exchange> exchanges;
    private final Map<Long, Map<String, String>> sent = new HashMap<>();
    private final Map<Long, List<IssuedCookie>> set = new HashMap<>();
    private final List<IssuedCookie> issued = new ArrayList<>();
    private final List<CookieEvent> held = new ArrayList<>();
    private final Set<String> names = new LinkedHashSet<>();
    private final boolean cookieHeadersRecorded;

    private CookieTraffic(RecordingData data) {
        this.exchanges = data.exchanges().stream().filter(e -> e.initiator() != Initiator.PROBE).toList();
        this.cookieHeadersRecorded = exchanges.stream().anyMatch(e -> e.requestHeaders().has("Cookie"));
        Map<Long, List<CookieEvent>> serverEvents = new HashMap<>();
        List<CookieEvent> scriptEvents = new ArrayList<>();
        Map<String, Cookie> jar = new LinkedHashMap<>();
        for (CookieEvent ev : data.cookieEvents()) {
            if (ev.source() == CookieEvent.Source.JAR) {
                held.add(ev);
                jar.put(ev.cookie().key(), ev.cookie());
            } else if (ev.source() == CookieEvent.Source.SERVER && ev.exchangeId() != null) {
                serverEvents.computeIfAbsent(ev.exchangeId(), k -> new ArrayList<>()).add(ev);
            } else if (ev.source() != CookieEvent.Source.SERVER && ev.kind() != CookieEvent.Kind.EXPIRED) {
                scriptEvents.add(ev);
            }
        }
        int script = 0;
        long lastId = exchanges.isEmpty() ? 0 : exchanges.get(0).id();
        for (Exchange e : exchanges) {
            while (script < scriptEvents.size() && !scriptEvents.get(script).time().isAfter(e.start())) {
                apply(jar, fromScript(scriptEvents.get(script++), lastId));
            }
            Map<String, String> out;
            if (cookieHeadersRecorded) {
                out = new LinkedHashMap<>();
                for (String h : e.requestHeaders().values("Cookie")) {
                    SetCookies.parseCookieHeader(h).forEach(out::putIfAbsent);
                }
            } else {
                out = matching(jar, e.url(), e.start());
            }
            sent.put(e.id(), Collections.unmodifiableMap(out));
            names.addAll(out.keySet());
            List<IssuedCookie> here = setBy(e, serverEvents.getOrDefault(e.id(), List.of()));
            set.put(e.id(), here);
            here.forEach(c -> apply(jar, c));
            lastId = e.id();
        }
        while (script < scriptEvents.size()) {
            apply(jar, fromScript(scriptEvents.get(script++), lastId));
        }
    }

    /** Reads the cookie traffic of a recording. */
    public static CookieTraffic of(RecordingData data) {
        return new CookieTraffic(data);
    }

    private void apply(Map<String, Cookie> jar, IssuedCookie c) {
        issued.add(c);
        names.add(c.name());
        if (c.deletion()) {
            jar.remove(c.cookie().key());
        } else {
            jar.put(c.cookie().key(), c.cookie());
        }
    }

    private static IssuedCookie fromScript(CookieEvent ev, long lastExchange) {
        boolean deletion = ev.kind() == CookieEvent.Kind.DELETED || ev.cookie().expiredAt(ev.time());
        return new IssuedCookie(ev.exchangeId() != null ? ev.exchangeId() : lastExchange, ev.time(), ev.url(),
                ev.cookie(), deletion, ev.source());
    }

    private static List<IssuedCookie> setBy(Exchange e, List<CookieEvent> events) {
        Instant at = e.end();
        List<IssuedCookie> out = new ArrayList<>();
        if (!events.isEmpty()) {
            for (CookieEvent ev : events) {
                boolean deletion = ev.kind() == CookieEvent.Kind.DELETED || ev.kind() == CookieEvent.Kind.EXPIRED
                        || ev.cookie().expiredAt(ev.time());
                out.add(new IssuedCookie(e.id(), ev.time(), e.url(), ev.cookie(), deletion, ev.source()));
            }
            return List.copyOf(out);
        }
        for (String header : e.responseHeaders().values("Set-Cookie")) {
            SetCookies.parse(header, e.url(), at).ifPresent(c -> out.add(
                    new IssuedCookie(e.id(), at, e.url(), c, c.expiredAt(at), CookieEvent.Source.SERVER)));
        }
        return List.copyOf(out);
    }

    private static Map<String, String> matching(Map<String, Cookie> jar, URI url, Instant now) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        boolean https = "https".equalsIgnoreCase(url.getScheme());
        Map<String, String> out = new LinkedHashMap<>();
        jar.values().stream()
                .filter(c -> !c.expiredAt(now))
                .filter(c -> c.hostOnly() ? c.domain().equals(host) : domainMatch(host, c.domain()))
                .filter(c -> pathMatch(path, c.path()))
                .filter(c -> !c.secure() || https)
                .sorted((a, b) -> Integer.compare(b.path().length(), a.path().length()))
                .forEach(c -> out.putIfAbsent(c.name(), c.value()));
        return out;
    }

    static boolean domainMatch(String host, String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }

    static boolean pathMatch(String requestPath, String cookiePath) {
        if (requestPath.equals(cookiePath)) {
            return true;
        }
        return requestPath.startsWith(cookiePath)
                && (cookiePath.endsWith("/") || requestPath.charAt(cookiePath.length()) == '/');
    }

    /** The exchanges considered, in time order (probe exchanges left out). */
    public List<Exchange> exchanges() {
        return exchanges;
    }

    /** Name → value of the cookies the exchange sent (empty for an unknown exchange). */
    public Map<String, String> sent(long exchangeId) {
        return sent.getOrDefault(exchangeId, Map.of());
    }

    /** The value of one cookie the exchange sent, if it sent it. */
    public Optional<String> sentValue(long exchangeId, String name) {
        return Optional.ofNullable(sent(exchangeId).get(name));
    }

    /** The cookies the exchange's response set or deleted. */
    public List<IssuedCookie> set(long exchangeId) {
        return set.getOrDefault(exchangeId, List.of());
    }

    /** Every cookie set or deleted, in time order, by responses and by script. */
    public List<IssuedCookie> issued() {
        return Collections.unmodifiableList(issued);
    }

    /** The cookies in the browser's jar when Record was pressed (source {@code JAR}), in time order. */
    public List<CookieEvent> held() {
        return Collections.unmodifiableList(held);
    }

    /** Every setting of one cookie, in time order. */
    public List<IssuedCookie> issued(String name) {
        return issued.stream().filter(c -> c.name().equals(name)).toList();
    }

    /** Every cookie name the recording shows, sent or set, in the order first seen. */
    public Set<String> names() {
        return Collections.unmodifiableSet(names);
    }

    /** True when the recording holds {@code Cookie} request headers (else sent cookies are worked out). */
    public boolean cookieHeadersRecorded() {
        return cookieHeadersRecorded;
    }
}
