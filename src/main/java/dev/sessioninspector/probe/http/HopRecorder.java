package dev.sessioninspector.probe.http;

import dev.sessioninspector.cookie.CookieJar;
import dev.sessioninspector.cookie.JarChange;
import dev.sessioninspector.model.Body;
import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Header;
import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.RecordingSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends one request (no redirect following) and records it: the headers as they went on the wire (the
 * {@code Cookie} header included), the response headers as received (every raw {@code Set-Cookie}), the body
 * up to the cap with its original size, timing, and a cookie event per jar change.
 */
final class HopRecorder {
    private final OkHttpClient http;
    private final RecordingSink sink;
    private final CookieJar jar;
    private final Clock clock;
    private final int bodyCap;
    private final String userAgent;
    private final boolean sendJarCookies;

    HopRecorder(OkHttpClient http, RecordingSink sink, CookieJar jar, Clock clock, int bodyCap, String userAgent,
            boolean sendJarCookies) {
        this.http = http;
        this.sink = sink;
        this.jar = jar;
        this.clock = clock;
        this.bodyCap = bodyCap;
        this.userAgent = userAgent;
        this.sendJarCookies = sendJarCookies;
    }

    Exchange send(HttpRequestSpec spec, Long redirectOf) {
        long id = sink.reserveExchangeId();
        Instant start = clock.instant();
        emit(jar.expire(start), null, null);
        Headers intended = requestHeaders(spec, start);
        Request request = okRequest(spec, intended);
        Body sentBody = cap(spec.bodyToRecord());
        try (Response response = http.newCall(request).execute()) {
            Response network = response.networkResponse() != null ? response.networkResponse() : response;
            Headers sent = headers(network.request().headers());
            Headers received = headers(network.headers());
            Instant headersAt = clock.instant();
            emit(jar.apply(spec.url(), received.values("Set-Cookie"), headersAt).changes(), id, spec.url());
            Body body = readCapped(response.body().byteStream());
            Exchange e = new Exchange(id, 0, start, elapsed(start), spec.method(), spec.url(), sent, sentBody,
                    response.code(), received, body, spec.initiator(), redirectOf, null);
            sink.exchange(e);
            return e;
        } catch (IOException | RuntimeException e) {
            Exchange failed = new Exchange(id, 0, start, elapsed(start), spec.method(), spec.url(), intended,
                    sentBody, 0, Headers.EMPTY, Body.EMPTY, spec.initiator(), redirectOf, describe(e));
            sink.exchange(failed);
            return failed;
        }
    }

    private Headers requestHeaders(HttpRequestSpec spec, Instant now) {
        Headers h = spec.headers();
        if (!h.has("User-Agent")) {
            h = h.with("User-Agent", userAgent);
        }
        if (sendJarCookies && !h.has("Cookie")) {
            String cookies = jar.cookieHeader(spec.url(), now);
            if (!cookies.isEmpty()) {
                h = h.with("Cookie", cookies);
            }
        }
        if (spec.body() != null && spec.contentType() != null && !h.has("Content-Type")) {
            h = h.with("Content-Type", spec.contentType());
        }
        return h;
    }

    private static Request okRequest(HttpRequestSpec spec, Headers headers) {
        Request.Builder b = new Request.Builder().url(spec.url().toString());
        for (Header h : headers.all()) {
            b.addHeader(h.name(), h.value());
        }
        RequestBody body = null;
        if (spec.body() != null || requiresBody(spec.method())) {
            byte[] bytes = spec.body() == null ? new byte[0] : spec.body();
            body = RequestBody.create(bytes, spec.contentType() == null ? null : MediaType.parse(spec.contentType()));
        }
        return b.method(spec.method(), body).build();
    }

    private static boolean requiresBody(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH") || method.equals("PROPPATCH")
                || method.equals("REPORT");
    }

    private void emit(List<JarChange> changes, Long exchangeId, URI url) {
        Instant now = clock.instant();
        for (JarChange c : changes) {
            boolean expiry = c.kind() == CookieEvent.Kind.EXPIRED;
            sink.cookieEvent(c.toEvent(now, CookieEvent.Source.SERVER, expiry ? null : exchangeId, expiry ? null : url));
        }
    }

    private Body readCapped(InputStream in) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] buf = new byte[16 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            int keep = (int) Math.max(0, Math.min(n, bodyCap - total));
            kept.write(buf, 0, keep);
            total += n;
        }
        return new Body(kept.toByteArray(), total);
    }

    private Body cap(byte[] bytes) {
        if (bytes.length <= bodyCap) {
            return Body.of(bytes);
        }
        return new Body(java.util.Arrays.copyOf(bytes, bodyCap), bytes.length);
    }

    private Duration elapsed(Instant start) {
        Duration d = Duration.between(start, clock.instant());
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static Headers headers(okhttp3.Headers h) {
        List<Header> list = new ArrayList<>(h.size());
        for (int i = 0; i < h.size(); i++) {
            list.add(new Header(h.name(i), h.value(i)));
        }
        return new Headers(list);
    }

    /** One line: what went wrong, e.g. {@code "ConnectException: Failed to connect to /127.0.0.1:9"}. */
    static String describe(Exception e) {
        String msg = e.getMessage();
        String text = e.getClass().getSimpleName() + (msg == null || msg.isBlank() ? "" : ": " + msg);
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
