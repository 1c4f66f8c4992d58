package dev.sessioninspector.probe;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * What to sample and how hard.
 *
 * @param url           page that sets the cookie (requested with GET, without cookies, redirects not followed)
 * @param cookieName    the {@code Set-Cookie} name to collect (case-sensitive, as RFC 6265 compares names)
 * @param count         distinct tokens wanted
 * @param threads       concurrent requests (each worker reuses pooled keep-alive connections)
 * @param ratePerSecond request ceiling across all threads; 0 for none
 * @param timeout       connect/read timeout per request
 * @param staleLimit    consecutive responses without a new token after which the server is deemed to have
 *                      stopped issuing tokens
 */
public record TokenSamplerConfig(URI url, String cookieName, int count, int threads, double ratePerSecond,
        Duration timeout, int staleLimit) {
    public TokenSamplerConfig {
        Objects.requireNonNull(url, "url");
        if (url.getScheme() == null || !url.getScheme().matches("(?i)https?") || url.getHost() == null) {
            throw new IllegalArgumentException("--url must be an http(s) URL with a host, not '" + url + "'");
        }
        if (cookieName == null || cookieName.isBlank() || !cookieName.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
            throw new IllegalArgumentException("--token must be a cookie name, not '" + cookieName + "'");
        }
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

    /** Defaults: 10 s timeout; stale after max(50, 10 × threads) responses without a new token. */
    public static TokenSamplerConfig of(URI url, String cookieName, int count, int threads, double ratePerSecond) {
        return new TokenSamplerConfig(url, cookieName, count, threads, ratePerSecond, Duration.ofSeconds(10),
                Math.max(50, 10 * threads));
    }
}
