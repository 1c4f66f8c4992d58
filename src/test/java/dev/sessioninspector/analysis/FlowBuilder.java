package dev.sessioninspector.analysis;

import dev.sessioninspector.model.Body;
import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.StorageSnapshot;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds recordings the way a browser would produce them: a cookie jar that sends what the server set, redirect
 * hops linked with {@code redirectOf}, a clock that moves one second per exchange. Tests describe a site's
 * behaviour in a few lines and get a {@link RecordingData} that looks captured.
 */
public final class FlowBuilder {
    private final URI base;
    private Instant now = Instant.parse("2025-03-01T10:00:00Z");
    private long nextId = 1;
    private final List<Exchange> exchanges = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private final List<StorageSnapshot> storage = new ArrayList<>();
    private final List<CookieEvent> events = new ArrayList<>();
    private final Map<String, String> jar = new LinkedHashMap<>();
    private final Map<String, String> sentHeaders = new LinkedHashMap<>();
    private boolean cookieHeaders = true;
    private Long pendingRedirectOf;

    public FlowBuilder(String base) {
        this.base = URI.create(base);
    }

    /** The recorder could not see Cookie request headers (the analysis must work them out). */
    public FlowBuilder withoutCookieHeaders() {
        cookieHeaders = false;
        return this;
    }

    public FlowBuilder startingAt(Instant t) {
        now = t;
        return this;
    }

    /** A response being described. */
    public static final class Response {
        int status = 200;
        final List<String> headers = new ArrayList<>();
        String body = "";
        String type = "text/html; charset=utf-8";

        public Response status(int s) {
            status = s;
            return this;
        }

        public Response html(String html) {
            body = html;
            return this;
        }

        public Response json(String json) {
            body = json;
            type = "application/json";
            return this;
        }

        public Response setCookie(String value) {
            headers.add("Set-Cookie");
            headers.add(value);
            return this;
        }

        public Response header(String name, String value) {
            headers.add(name);
            headers.add(value);
            return this;
        }

        public Response redirect(String location) {
            status = 302;
            return header("Location", location);
        }
    }

    public long get(String path, Consumer<Response> response) {
        return send("GET", path, null, null, Initiator.DOCUMENT, response);
    }

    public long post(String path, String form, Consumer<Response> response) {
        return send("POST", path, form, null, Initiator.FORM, response);
    }

    /** A request with exactly these cookies, whatever the jar holds (a replay). */
    public long getWithCookies(String path, String cookieHeader, Consumer<Response> response) {
        return send("GET", path, null, cookieHeader, Initiator.DOCUMENT, response);
    }

    /** From now on every request sends this header (a single-page app attaching its token); null stops it. */
    public FlowBuilder sending(String header, String value) {
        if (value == null) {
            sentHeaders.remove(header);
        } else {
            sentHeaders.put(header, value);
        }
        return this;
    }

    /** A script's request (fetch/XHR), with a JSON body when {@code json} is not null. */
    public long xhr(String method, String path, String json, Consumer<Response> response) {
        return send(method, path, json, null, Initiator.XHR, response);
    }

    public long sub(String path, Consumer<Response> response) {
        return send("GET", path, null, null, Initiator.SUBRESOURCE, response);
    }

    public long send(String method, String path, String form, String cookieOverride, Initiator initiator,
            Consumer<Response> response) {
        Response r = new Response();
        response.accept(r);
        URI url = base.resolve(path);
        Headers req = Headers.EMPTY;
        String cookie = cookieOverride != null ? cookieOverride : cookieHeader();
        if (cookieHeaders && cookie != null && !cookie.isEmpty()) {
            req = req.with("Cookie", cookie);
        }
        for (Map.Entry<String, String> h : sentHeaders.entrySet()) {
            req = req.with(h.getKey(), h.getValue());
        }
        Body reqBody = Body.EMPTY;
        if (form != null) {
            req = req.with("Content-Type", form.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded");
            reqBody = Body.ofText(form);
        }
        Headers resp = Headers.of(r.headers.toArray(String[]::new));
        if (!r.body.isEmpty()) {
            resp = resp.with("Content-Type", r.type);
        }
        long id = nextId++;
        Exchange e = new Exchange(id, 1, now, Duration.ofMillis(50), method, url, req, reqBody, r.status, resp,
                Body.ofText(r.body), pendingRedirectOf != null ? Initiator.REDIRECT : initiator, pendingRedirectOf, null);
        exchanges.add(e);
        for (String sc : resp.values("Set-Cookie")) {
            String pair = sc.split(";")[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim().replace("\"", "");
            if (sc.toLowerCase().contains("max-age=0") || value.isEmpty()) {
                jar.remove(name);
            } else {
                jar.put(name, value);
            }
        }
        pendingRedirectOf = e.isRedirect() ? id : null;
        now = now.plusSeconds(1);
        return id;
    }

    /** Follows the last redirect: the next request is its hop. */
    public long follow(Consumer<Response> response) {
        Exchange last = exchanges.get(exchanges.size() - 1);
        String location = last.responseHeaders().first("Location").orElseThrow();
        return send("GET", last.url().resolve(location).toString(), null, null, Initiator.REDIRECT, response);
    }

    private String cookieHeader() {
        List<String> parts = new ArrayList<>();
        jar.forEach((k, v) -> parts.add(k + "=" + v));
        return String.join("; ", parts);
    }

    public FlowBuilder pause(Duration d) {
        now = now.plus(d);
        pendingRedirectOf = null;
        return this;
    }

    public FlowBuilder marker(Marker.Kind kind, Marker.Source source, Long exchangeId) {
        markers.add(new Marker(markers.size() + 1, 1, now, kind, source, kind.name().toLowerCase(), exchangeId));
        return this;
    }

    public FlowBuilder storage(StorageSnapshot.Area area, Map<String, String> entries) {
        storage.add(new StorageSnapshot(storage.size() + 1, 1, now, base.getScheme() + "://" + base.getAuthority(),
                area, entries));
        return this;
    }

    public FlowBuilder event(CookieEvent e) {
        events.add(e);
        return this;
    }

    public Instant now() {
        return now;
    }

    /** Clears the browser's cookie jar (a user deleting cookies). */
    public FlowBuilder clearJar() {
        jar.clear();
        return this;
    }

    public RecordingData build() {
        Recording rec = new Recording(1, "test", base, exchanges.isEmpty() ? now : exchanges.get(0).start(), now);
        return new RecordingData(rec, exchanges, events, markers, storage);
    }
}
