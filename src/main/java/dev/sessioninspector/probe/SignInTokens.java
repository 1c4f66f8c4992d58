package dev.sessioninspector.probe;

import dev.sessioninspector.cookie.CookieJar;
import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.RecordingSink;
import dev.sessioninspector.probe.http.HttpResult;
import dev.sessioninspector.probe.http.RecordingHttpClient;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A round is a whole sign-in, as a new visitor: the script's steps in a fresh cookie jar (redirects followed within
 * the origin, values taken from responses filled into later steps), nothing recorded. The token is the session
 * credential the sign-in left: a cookie as the jar holds it at the end, else read from the sign-in's responses,
 * the last one that carries it.
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
                .followRedirectsTo(RecordingHttpClient.sameOriginAs(config.url()))
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
        return token(responses);
    }

    private String token(List<Exchange> responses) {
        TokenLocation where = config.token();
        if (where.kind() == TokenLocation.Kind.COOKIE) {
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
