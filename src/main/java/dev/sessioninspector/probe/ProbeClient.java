package dev.sessioninspector.probe;

import dev.sessioninspector.analysis.Page;
import dev.sessioninspector.cookie.CookieHeader;
import dev.sessioninspector.cookie.CookieJar;
import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.RecordingSink;
import dev.sessioninspector.probe.http.HttpRequestSpec;
import dev.sessioninspector.probe.http.HttpResult;
import dev.sessioninspector.probe.http.RecordingHttpClient;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The HTTP side of one probe: every request is checked against the policy's origin, counted against its
 * budget, spaced by the rate limit, recorded with initiator {@code PROBE}, and written down in the probe's
 * log of what it sent. Redirects are followed here, one recorded request per hop, only within the origin.
 * Each client has its own cookie jar (a fresh visitor); the jar's changes are not recorded as cookie events,
 * because they are the probe's scratch state, not the browser's (the raw {@code Set-Cookie} headers are kept).
 * The jar is never implicit: every request carries exactly the {@code Cookie} header the method called names,
 * the jar's cookies ({@link #get}, {@link #send(ScriptedRequest)}) or the caller's ({@link #getWithCookies}),
 * on every hop.
 */
final class ProbeClient implements AutoCloseable {
    private static final int MAX_HOPS = 10;

    /** What a probe run shares between its clients. */
    static final class Run {
        final ProbePolicy policy;
        final RecordingSink sink;
        final Clock clock;
        final RateLimiter limiter;
        final List<Long> exchanges = new ArrayList<>();
        final List<String> sent = new ArrayList<>();
        boolean unreachable;
        String failure;

        Run(ProbePolicy policy, RecordingSink sink, Clock clock, RateLimiter limiter) {
            this.policy = policy;
            this.sink = new ExchangesTo(sink);
            this.clock = clock;
            this.limiter = limiter;
        }
    }

    private final Run run;
    private final RecordingHttpClient http;
    private final Map<String, String> values = new LinkedHashMap<>();

    ProbeClient(Run run) {
        this.run = run;
        RecordingHttpClient.Builder b = RecordingHttpClient.builder(run.sink)
                .cookieJar(new CookieJar(run.clock))
                .sendJarCookies(false)
                .clock(run.clock)
                .followRedirectsTo(u -> false)
                .timeouts(run.policy.connectTimeout(), run.policy.readTimeout());
        if (run.policy.tls() != null) {
            b.tls(run.policy.tls().getSocketFactory(), run.policy.trustManager());
        }
        this.http = b.build();
    }

    CookieJar jar() {
        return http.cookieJar();
    }

    /** The value of a cookie in this client's jar for the URL, if it holds one. */
    Optional<String> cookie(URI url, String name) {
        return jar().cookiesFor(url, run.clock.instant()).stream().filter(c -> c.name().equals(name))
                .map(Cookie::value).findFirst();
    }

    /** GET with the jar's cookies (on each hop, the jar's cookies for that hop's URL). */
    Response get(URI url) {
        return send(new HttpRequestSpec("GET", url, jarCookies(url), null, null, null, Initiator.PROBE), false);
    }

    /**
     * GET with exactly this {@code Cookie} header, or none for null or empty, on every hop (the jar's cookies are
     * never sent).
     */
    Response getWithCookies(URI url, String cookieHeader) {
        Headers h = cookieHeader == null || cookieHeader.isEmpty() ? Headers.EMPTY : Headers.of("Cookie", cookieHeader);
        return getWith(url, h);
    }

    /** GET with exactly these headers on every hop (no cookies unless they hold a {@code Cookie} header). */
    Response getWith(URI url, Headers headers) {
        return send(new HttpRequestSpec("GET", url, headers, null, null, null, Initiator.PROBE), true);
    }

    /**
     * GET as the signed-in script user: the jar's cookies plus the script's signed-in headers, filled with the
     * values its steps took.
     */
    Response getSignedIn(URI url, SignInScript script) {
        Headers h = jarCookies(url);
        for (Map.Entry<String, String> e : script.signedInHeaders().entrySet()) {
            h = h.without(e.getKey()).with(e.getKey(), ScriptValues.fill(e.getValue(), values));
        }
        return send(new HttpRequestSpec("GET", url, h, null, null, null, Initiator.PROBE), false);
    }

    /** The value of a signed-in header as the script fills it now, if the script sends that header. */
    Optional<String> signedInHeader(SignInScript script, String header) {
        return script.signedInHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(header))
                .map(e -> ScriptValues.fill(e.getValue(), values)).filter(v -> !v.contains("${")).findFirst();
    }

    /**
     * A step of a sign-in or sign-out script, with the jar's cookies and the values earlier steps took from their
     * responses; the values this step takes are kept for the next ones ({@link Response#missing()} names one that
     * was not there).
     */
    Response send(ScriptedRequest step) {
        HttpRequestSpec spec = step.spec(values, false, Initiator.PROBE);
        if (!spec.headers().has("Cookie")) {
            spec = new HttpRequestSpec(spec.method(), spec.url(), withJarCookies(spec.headers(), spec.url()),
                    spec.body(), spec.contentType(), spec.recordedBody(), spec.initiator());
        }
        Response r = send(spec, false);
        if (r.failed() || step.extract().isEmpty()) {
            return r;
        }
        ScriptValues.Extracted x = ScriptValues.extract(step.extract(), r.last());
        values.putAll(x.values());
        return new Response(r.hops(), x.problem());
    }

    /** The values the script's steps took from their responses so far (e.g. {@code token}). */
    Map<String, String> values() {
        return Map.copyOf(values);
    }

    private Response send(HttpRequestSpec first, boolean fixedCookies) {
        List<Exchange> hops = new ArrayList<>();
        HttpRequestSpec current = first;
        for (int i = 0; i <= MAX_HOPS; i++) {
            Exchange hop = sendOne(current);
            hops.add(hop);
            if (hop.failed() || !hop.isRedirect()) {
                break;
            }
            Optional<URI> next = location(hop);
            if (next.isEmpty() || !run.policy.allows(next.get())) {
                if (next.isPresent()) {
                    run.sent.add("    redirect to " + next.get() + " not followed (outside " + run.policy.origin() + ")");
                }
                break;
            }
            boolean keep = hop.status() == 307 || hop.status() == 308;
            Headers kept = current.headers();
            if (!fixedCookies) {
                kept = withJarCookies(kept.without("Cookie"), next.get());
            }
            current = keep ? new HttpRequestSpec(current.method(), next.get(), kept, current.body(),
                    current.contentType(), current.recordedBody(), Initiator.PROBE)
                    : new HttpRequestSpec("GET", next.get(), kept.without("Content-Type").without("Origin"), null,
                            null, null, Initiator.PROBE);
        }
        return new Response(hops);
    }

    /** The jar's cookies for {@code url} now, as a {@code Cookie} header (none when the jar holds none for it). */
    private Headers jarCookies(URI url) {
        return withJarCookies(Headers.EMPTY, url);
    }

    private Headers withJarCookies(Headers headers, URI url) {
        String cookies = jar().cookieHeader(url, run.clock.instant());
        return cookies.isEmpty() ? headers : headers.with("Cookie", cookies);
    }

    private Exchange sendOne(HttpRequestSpec spec) {
        if (!run.policy.allows(spec.url())) {
            throw new ProbeRefusedException("refused " + spec.url() + ": outside the recorded origin "
                    + run.policy.origin());
        }
        if (run.exchanges.size() >= run.policy.maxRequests()) {
            throw new ProbeRefusedException("stopped: the probe's budget of " + run.policy.maxRequests()
                    + " requests is spent");
        }
        try {
            run.limiter.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProbeRefusedException("interrupted");
        }
        HttpResult result = http.send(spec);
        Exchange e = result.first();
        run.exchanges.add(e.id());
        run.sent.add("#" + e.id() + " " + e.method() + " " + e.url() + cookiesSent(e) + " -> "
                + (e.failed() ? "no response (" + e.error() + ")" : String.valueOf(e.status())));
        if (e.failed()) {
            run.unreachable = true;
            run.failure = e.error();
        }
        return e;
    }

    private static String cookiesSent(Exchange e) {
        List<String> cookies = e.requestHeaders().values("Cookie").stream()
                .flatMap(h -> CookieHeader.parse(h).stream())
                .map(c -> c.name() + "=" + Probes.abbrev(c.value())).toList();
        return cookies.isEmpty() ? " (no cookies)" : " (Cookie: " + String.join("; ", cookies) + ")";
    }

    private static Optional<URI> location(Exchange hop) {
        return hop.responseHeaders().first("Location").flatMap(l -> {
            try {
                return Optional.of(hop.url().resolve(l.trim()));
            } catch (IllegalArgumentException bad) {
                return Optional.empty();
            }
        });
    }

    @Override
    public void close() {
        http.close();
    }

    /** The hops of one request, in order. */
    record Response(List<Exchange> hops, String missing) {
        Response(List<Exchange> hops) {
            this(hops, null);
        }

        Exchange first() {
            return hops.get(0);
        }

        Exchange last() {
            return hops.get(hops.size() - 1);
        }

        boolean failed() {
            return last().failed();
        }

        /** The page the oracle judges: the last hop (a redirect that was not followed shows its Location). */
        Page page() {
            return Page.of(last());
        }

        /** The values of a cookie the responses set, in order. */
        List<String> setValues(String name) {
            List<String> out = new ArrayList<>();
            for (Exchange e : hops) {
                for (String header : e.responseHeaders().values("Set-Cookie")) {
                    int eq = header.indexOf('=');
                    if (eq > 0 && header.substring(0, eq).trim().equals(name)) {
                        int semi = header.indexOf(';', eq);
                        out.add(header.substring(eq + 1, semi < 0 ? header.length() : semi).trim());
                    }
                }
            }
            return out;
        }

        List<Long> ids() {
            return hops.stream().map(Exchange::id).collect(Collectors.toList());
        }
    }

    /** Forwards exchanges only: the probe jars' cookie changes are not the browser's. */
    private record ExchangesTo(RecordingSink target) implements RecordingSink.ExchangesOnly {
        @Override
        public long reserveExchangeId() {
            return target.reserveExchangeId();
        }

        @Override
        public long exchange(Exchange exchange) {
            return target.exchange(exchange);
        }
    }
}
