package dev.sessioninspector.probe;

import dev.sessioninspector.model.Headers;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * What to sample and how hard.
 *
 * @param url           where the request goes (without cookies unless {@code headers} names some; redirects are
 *                      not followed)
 * @param method        the request's method (GET, POST…)
 * @param body          the request's body, or null for none (a {@code Content-Type} header, else JSON for a body
 *                      that starts with {@code {} or {@code [}, else a url-encoded form)
 * @param headers       request headers sent as given
 * @param token         where the response carries the token
 * @param count         distinct tokens wanted
 * @param threads       concurrent requests (each worker reuses pooled keep-alive connections)
 * @param ratePerSecond request ceiling across all threads; 0 for none
 * @param timeout       connect/read timeout per request
 * @param staleLimit    consecutive responses without a new token after which the server is deemed to have
 *                      stopped issuing tokens
 */
public record TokenSamplerConfig(URI url, String method, String body, Headers headers, TokenLocation token,
        int count, int threads, double ratePerSecond, Duration timeout, int staleLimit) {
    public TokenSamplerConfig {
        Objects.requireNonNull(url, "url");
        if (url.getScheme() == null || !url.getScheme().matches("(?i)https?") || url.getHost() == null) {
            throw new IllegalArgumentException("--url must be an http(s) URL with a host, not '" + url + "'");
        }
        method = method == null ? "GET" : method.strip().toUpperCase(Locale.ROOT);
        if (!method.matches("[A-Z]{1,20}")) {
            throw new IllegalArgumentException("--method must be an HTTP method such as GET or POST, not '" + method + "'");
        }
        if (body != null && (method.equals("GET") || method.equals("HEAD"))) {
            throw new IllegalArgumentException("--data needs a method that carries a body (--method POST)");
        }
        headers = headers == null ? Headers.EMPTY : headers;
        Objects.requireNonNull(token, "token");
        if (count < 1) {
            throw new IllegalArgumentException("--count must be at least 1, not " + count);
        }
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("--threads must be between 1 and 64, not " + threads);
        }
        if (!(ratePerSecond >= 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("--rate must be a number >= 0 (0: unlimited), not " + ratePerSecond);
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (staleLimit < 1) {
            throw new IllegalArgumentException("staleLimit must be at least 1");
        }
    }

    /** A GET without cookies that reads {@code cookieName} from {@code Set-Cookie}; defaults as {@link #of(URI, String, String, Headers, TokenLocation, int, int, double)}. */
    public static TokenSamplerConfig of(URI url, String cookieName, int count, int threads, double ratePerSecond) {
        return of(url, "GET", null, Headers.EMPTY, TokenLocation.cookie(cookieName), count, threads, ratePerSecond);
    }

    /** Defaults: 10 s timeout; stale after max(50, 10 × threads) responses without a new token. */
    public static TokenSamplerConfig of(URI url, String method, String body, Headers headers, TokenLocation token,
            int count, int threads, double ratePerSecond) {
        return new TokenSamplerConfig(url, method, body, headers, token, count, threads, ratePerSecond,
                Duration.ofSeconds(10), Math.max(50, 10 * threads));
    }

    /** The content type of the body: the one given, else JSON or a url-encoded form by its first character. */
    String contentType() {
        return headers.first("Content-Type").orElseGet(() -> body != null && body.stripLeading().matches("(?s)[\\[{].*")
                ? "application/json" : "application/x-www-form-urlencoded");
    }

    /** "POST http://…/generate, reading /token in the JSON body": for messages. */
    public String describe() {
        return method + " " + url + ", reading " + token.describe();
    }
}
