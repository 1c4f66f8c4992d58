package dev.sessioninspector.probe;

import dev.sessioninspector.cookie.CookieJar;
import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Header;
import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.RecordingSink;
import dev.sessioninspector.probe.http.HttpRequestSpec;
import dev.sessioninspector.probe.http.HttpResult;
import dev.sessioninspector.probe.http.RecordingHttpClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A round is a whole sign-in, as a new visitor: the script's steps in a fresh cookie jar (redirects followed within
 * the origin, values taken from responses filled into later steps), nothing recorded. The token is the session
 * credential the sign-in left: a cookie as the jar holds it at the end, else read from the sign-in's responses,
 * the last one that carries it. With a request after sign-in ({@link TokenSamplerConfig#afterSignIn()}) the round
 * then sends it in the signed-in session (the jar's cookies, the script's signed-in headers, placeholders filled)
 * and the token is read from its answer alone (a cookie from its {@code Set-Cookie}).
 */
final class SignInTokens implements TokenSource {
    private final TokenSamplerConfig config;
    private final CookieJar jar;
    private final RecordingHttpClient http;
    private volatile boolean cancelled;

    SignInTokens(TokenSamplerConfig config) {
        this.config = config;
        Clock clock = Clock.systemUTC();
        this.jar = new CookieJar(clock);
        this.http = RecordingHttpClient.builder(RecordingSink.DISCARD).cookieJar(jar).clock(clock)
                .bodyCap(TokenLocation.MAX_BODY)
                .followRedirectsTo(RecordingHttpClient.sameOriginAs(config.signIn().signIn().get(0).url()))
                .timeouts(config.timeout(), config.timeout())
                .build();
    }

    @Override
    public String next(Pace pace) throws IOException, InterruptedException {
        jar.clear();
        Map<String, String> values = new LinkedHashMap<>();
        List<Exchange> responses = new ArrayList<>();
        for (ScriptedRequest step : config.signIn().signIn()) {
            if (cancelled) {
                throw new InterruptedException("sampling stopped");
            }
            pace.await();
            HttpResult r = http.send(step.spec(values, true, Initiator.PROBE));
            if (r.failed()) {
                throw new IOException(step.method() + " " + step.url() + ": " + r.last().error());
            }
            responses.addAll(r.hops());
            if (!step.extract().isEmpty()) {
                values.putAll(ScriptValues.extract(step.extract(), r.last()).values());
            }
        }
        if (config.afterSignIn()) {
            if (cancelled) {
                throw new InterruptedException("sampling stopped");
            }
            pace.await();
            HttpResult r = http.send(request(values));
            if (r.failed()) {
                throw new IOException(config.method() + " " + config.url() + ": " + r.last().error());
            }
            return token(r.hops(), false);
        }
        return token(responses, true);
    }

    /**
     * The request after sign-in: its own headers first, then the signed-in headers it does not set itself, those
     * only when it goes to the sign-in's origin (a bearer token is the site's, not for whatever URL was typed).
     */
    private HttpRequestSpec request(Map<String, String> values) {
        Headers h = Headers.of("Cache-Control", "no-cache");
        for (Header header : config.headers().all()) {
            h = h.with(header.name(), ScriptValues.fill(header.value(), values));
        }
        boolean sameOrigin = RecordingHttpClient.sameOriginAs(config.signIn().signIn().get(0).url()).test(config.url());
        for (Map.Entry<String, String> e : config.signIn().signedInHeaders().entrySet()) {
            if (sameOrigin && config.headers().first(e.getKey()).isEmpty()) {
                h = h.with(e.getKey(), ScriptValues.fill(e.getValue(), values));
            }
        }
        byte[] body = config.body() == null ? null
                : ScriptValues.fill(config.body(), values).getBytes(StandardCharsets.UTF_8);
        return new HttpRequestSpec(config.method(), config.url(), h, body, body == null ? null : config.contentType(),
                body, Initiator.PROBE);
    }

    private String token(List<Exchange> responses, boolean fromJar) {
        TokenLocation where = config.token();
        if (fromJar && where.kind() == TokenLocation.Kind.COOKIE) {
            return jar.cookies().stream().filter(c -> c.name().equals(where.value()) && !c.value().isEmpty())
                    .map(Cookie::value).reduce((first, last) -> last).orElse(null);
        }
        for (int i = responses.size() - 1; i >= 0; i--) {
            Exchange e = responses.get(i);
            String token = where.read(e.responseHeaders()::values,
                    e.responseBody().truncated() ? null : e.responseBody().bytes()).orElse(null);
            if (token != null) {
                return token;
            }
        }
        return null;
    }

    @Override
    public void cancel() {
        cancelled = true;
    }

    @Override
    public void close() {
        http.close();
    }
}
