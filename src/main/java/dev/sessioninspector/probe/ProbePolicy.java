package dev.sessioninspector.probe;

import dev.sessioninspector.model.Origins;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;

/**
 * The limits every active probe works within.
 *
 * @param origin          the recorded origin ({@code scheme://host:port}); a probe refuses every other URL
 * @param maxRequests     requests one probe may send at most (redirect hops count)
 * @param ratePerSecond   request ceiling across a probe run; 0 for none
 * @param connectTimeout  how long to wait for a connection
 * @param readTimeout     how long to wait for a response
 * @param tls             TLS context for an https origin, or null for the JDK's trust (e.g. the demo shop's own)
 * @param trustManager    the trust manager {@code tls} was built with (null exactly when {@code tls} is)
 */
public record ProbePolicy(URI origin, int maxRequests, double ratePerSecond, Duration connectTimeout,
        Duration readTimeout, SSLContext tls, X509TrustManager trustManager) {
    /** Requests per probe by default: enough for a login flow, a wait and a check. */
    public static final int DEFAULT_MAX_REQUESTS = 40;
    /** Requests per second by default. */
    public static final double DEFAULT_RATE = 10;

    public ProbePolicy {
        Objects.requireNonNull(origin, "origin");
        origin = URI.create(Origins.of(origin));
        if (maxRequests < 1 || maxRequests > 10_000) {
            throw new IllegalArgumentException("maxRequests must be between 1 and 10000, not " + maxRequests);
        }
        if (!(ratePerSecond >= 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("ratePerSecond must be >= 0, not " + ratePerSecond);
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if ((tls == null) != (trustManager == null)) {
            throw new IllegalArgumentException("a TLS context needs its trust manager, and only then");
        }
    }

    /** 40 requests per probe, 10 per second, 10 s to connect and to answer, the JDK's trust. */
    public static ProbePolicy defaults(URI origin) {
        return new ProbePolicy(origin, DEFAULT_MAX_REQUESTS, DEFAULT_RATE, Duration.ofSeconds(10),
                Duration.ofSeconds(10), null, null);
    }

    public ProbePolicy withTls(SSLContext context, X509TrustManager trust) {
        return new ProbePolicy(origin, maxRequests, ratePerSecond, connectTimeout, readTimeout,
                Objects.requireNonNull(context), Objects.requireNonNull(trust));
    }

    public ProbePolicy withLimits(int newMaxRequests, double newRatePerSecond) {
        return new ProbePolicy(origin, newMaxRequests, newRatePerSecond, connectTimeout, readTimeout, tls, trustManager);
    }

    public ProbePolicy withTimeouts(Duration connect, Duration read) {
        return new ProbePolicy(origin, maxRequests, ratePerSecond, connect, read, tls, trustManager);
    }

    /** True when {@code url} is on the recorded origin (same scheme, host and port). */
    public boolean allows(URI url) {
        try {
            return url != null && url.getHost() != null && Origins.of(url).equals(origin.toString());
        } catch (IllegalArgumentException bad) {
            return false;
        }
    }
}
