package dev.sessioninspector.probe.http;

import dev.sessioninspector.cookie.CookieJar;
import dev.sessioninspector.model.AppVersion;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Origins;
import dev.sessioninspector.model.RecordingSink;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * An HTTP client that records into a {@link RecordingSink}. It follows redirects itself so each hop is its
 * own exchange ({@code redirectOf} naming the one before), but only to where the redirect policy allows
 * (by default the origin of the request that started it). Cookies come from and go to an RFC 6265bis
 * {@link CookieJar}; each change the jar makes is sent to the sink as a {@code CookieEvent} naming the
 * exchange that caused it. Sends are synchronous; one client may be used from several threads.
 */
public final class RecordingHttpClient implements AutoCloseable {
    /** Default cap on the bytes kept of each body (the original size is always kept). */
    public static final int DEFAULT_BODY_CAP = 1024 * 1024;
    /** Default limit on redirects followed per send, as browsers have (20). */
    public static final int DEFAULT_MAX_REDIRECTS = 20;

    private final OkHttpClient http;
    private final HopRecorder hops;
    private final CookieJar jar;
    private final int maxRedirects;
    private final Predicate<URI> redirectScope;

    private RecordingHttpClient(Builder b) {
        OkHttpClient.Builder ok = new OkHttpClient.Builder()
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .connectTimeout(b.connectTimeout)
                .readTimeout(b.readTimeout)
                .writeTimeout(b.readTimeout);
        if (b.sslSocketFactory != null) {
            ok.sslSocketFactory(b.sslSocketFactory, b.trustManager);
        }
        this.http = ok.build();
        this.jar = b.jar != null ? b.jar : new CookieJar(b.clock);
        this.hops = new HopRecorder(http, b.sink, jar, b.clock, b.bodyCap, b.userAgent, b.sendJarCookies);
        this.maxRedirects = b.maxRedirects;
        this.redirectScope = b.redirectScope;
    }

    public static Builder builder(RecordingSink sink) {
        return new Builder(sink);
    }

    /** The jar this client sends from and stores into. */
    public CookieJar cookieJar() {
        return jar;
    }

    /**
     * Sends the request and follows its redirects, recording every hop. Never throws for network trouble:
     * a hop that got no response is recorded with status 0 and its error, and ends the result.
     */
    public HttpResult send(HttpRequestSpec request) {
        Objects.requireNonNull(request, "request");
        Predicate<URI> scope = redirectScope != null ? redirectScope : sameOriginAs(request.url());
        List<Exchange> done = new ArrayList<>();
        HttpRequestSpec current = request;
        Long previous = null;
        while (true) {
            Exchange hop = hops.send(current, previous);
            done.add(hop);
            Optional<URI> next = hop.failed() ? Optional.empty() : Redirects.target(hop);
            if (next.isEmpty()) {
                return new HttpResult(done, null, null);
            }
            if (!scope.test(next.get())) {
                return new HttpResult(done, next.get(), "outside " + Origins.of(request.url()));
            }
            if (done.size() > maxRedirects) {
                return new HttpResult(done, next.get(), "more than " + maxRedirects + " redirects");
            }
            current = Redirects.follow(current, hop.status(), next.get());
            previous = hop.id();
        }
    }

    /** A redirect policy that follows only within {@code origin}'s scheme, host and port. */
    public static Predicate<URI> sameOriginAs(URI origin) {
        String o = Origins.of(origin);
        return uri -> Origins.of(uri).equals(o);
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    /** Options of a {@link RecordingHttpClient}. */
    public static final class Builder {
        private final RecordingSink sink;
        private CookieJar jar;
        private Clock clock = Clock.systemUTC();
        private int bodyCap = DEFAULT_BODY_CAP;
        private int maxRedirects = DEFAULT_MAX_REDIRECTS;
        private Predicate<URI> redirectScope;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private String userAgent = AppVersion.NAME + "/" + AppVersion.version();
        private SSLSocketFactory sslSocketFactory;
        private X509TrustManager trustManager;
        private boolean sendJarCookies = true;

        private Builder(RecordingSink sink) {
            this.sink = Objects.requireNonNull(sink, "sink");
        }

        /** The jar to use (default: a new empty jar on this builder's clock). */
        public Builder cookieJar(CookieJar cookieJar) {
            this.jar = Objects.requireNonNull(cookieJar, "cookieJar");
            return this;
        }

        /**
         * Whether a request that sets no {@code Cookie} header gets the jar's cookies (default: yes, as a browser
         * does). With {@code false} the jar only stores what responses set, and every request carries exactly the
         * {@code Cookie} header its {@link HttpRequestSpec} (or redirect) names: what the probes need, since each
         * of their requests must send what the probe says and nothing more.
         */
        public Builder sendJarCookies(boolean send) {
            this.sendJarCookies = send;
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /** Bytes kept of each request and response body; the rest is counted, not kept. */
        public Builder bodyCap(int bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("body cap must be >= 0");
            }
            this.bodyCap = bytes;
            return this;
        }

        public Builder maxRedirects(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("max redirects must be >= 0");
            }
            this.maxRedirects = n;
            return this;
        }

        /** Which redirect targets to follow (default: the origin of each send's first request). */
        public Builder followRedirectsTo(Predicate<URI> scope) {
            this.redirectScope = Objects.requireNonNull(scope, "scope");
            return this;
        }

        public Builder timeouts(Duration connect, Duration read) {
            if (connect.isNegative() || read.isNegative()) {
                throw new IllegalArgumentException("negative timeout");
            }
            this.connectTimeout = connect;
            this.readTimeout = read;
            return this;
        }

        public Builder userAgent(String ua) {
            this.userAgent = Objects.requireNonNull(ua, "userAgent");
            return this;
        }

        /** TLS trust for HTTPS targets (e.g. the demo shop's own certificate); default: the JDK's. */
        public Builder tls(SSLSocketFactory factory, X509TrustManager trust) {
            this.sslSocketFactory = Objects.requireNonNull(factory, "factory");
            this.trustManager = Objects.requireNonNull(trust, "trust");
            return this;
        }

        public RecordingHttpClient build() {
            return new RecordingHttpClient(this);
        }
    }
}
