package dev.sessioninspector.probe;

import java.io.IOException;
import dev.sessioninspector.entropy.StructureFinding;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * Collects fresh session tokens: sends the configured request (any method, body and headers; no cookies of its
 * own) from {@code threads} workers over pooled keep-alive connections, or runs a sign-in per token as a new
 * visitor ({@link TokenSamplerConfig#signIn}); reads the token where the {@link TokenLocation} says (a cookie, a
 * header, a JSON Pointer or a regular expression over the body), de-duplicates and counts, and stops when enough
 * distinct tokens arrived, when the tokens so far already show the generator behind them (a counter, a clock, a
 * digest of either, {@code java.util.Random}: {@link GeneratorCheck}, checked off the workers' threads, unless the
 * config asks for all), when {@link #stop()} is called (what was collected is kept), or when the server stops
 * issuing new tokens. Used by the {@code sample} command, the probes and the app, through {@code inspect.Sampler}.
 */
public final class TokenSampler {
    /** Receives tokens and progress, from worker threads. */
    public interface Listener {
        /** A new distinct token, in collection order ({@code index} from 0). */
        void onToken(String token, int index);

        /** Progress, at most every 100 ms and once at the end. */
        default void onProgress(SampleProgress progress) {
        }
    }

    private static final int MAX_CONSECUTIVE_FAILURES = 10;
    private static final long PROGRESS_INTERVAL_NANOS = 100_000_000L;

    private final TokenSamplerConfig config;
    private final OkHttpClient client;
    private final LongSupplier nanoTime;
    private final RateLimiter shared;
    private final GeneratorCheck check;
    private final Clock clock;
    private GeneratorWatch watch;
    private final Object lock = new Object();
    private final List<String> tokens = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final List<TokenSource> sources = new ArrayList<>();
    private volatile boolean stopRequested;
    private volatile TokenSamplerResult.StopReason reason;
    private String message = "";
    private int requests;
    private int repeats;
    private int withoutToken;
    private int stale;
    private int failures;
    private IOException firstFailure;
    private long lastProgress;

    public TokenSampler(TokenSamplerConfig config) {
        this(config, System::nanoTime, null);
    }

    /**
     * @param shared a limiter every request also waits for (the probe run's, so its ceiling holds across the
     *               probes and the sample), or null
     */
    TokenSampler(TokenSamplerConfig config, LongSupplier nanoTime, RateLimiter shared) {
        this(config, nanoTime, shared, null, null);
    }

    /** With the generator check and the clock that dates its issue window (tests pass their own). */
    TokenSampler(TokenSamplerConfig config, LongSupplier nanoTime, GeneratorCheck check, Clock clock) {
        this(config, nanoTime, null, null, null, check, clock);
    }

    /**
     * @param tls   the TLS context of the probes' policy for this target (e.g. the demo shop's own trust), or null
     *              for the JDK's trust
     * @param trust the trust manager {@code tls} was built with (null exactly when {@code tls} is)
     */
    TokenSampler(TokenSamplerConfig config, LongSupplier nanoTime, RateLimiter shared, javax.net.ssl.SSLContext tls,
            javax.net.ssl.X509TrustManager trust) {
        this(config, nanoTime, shared, tls, trust, GeneratorCheck.STRUCTURE, Clock.systemUTC());
    }

    private TokenSampler(TokenSamplerConfig config, LongSupplier nanoTime, RateLimiter shared,
            javax.net.ssl.SSLContext tls, javax.net.ssl.X509TrustManager trust, GeneratorCheck check, Clock clock) {
        if ((tls == null) != (trust == null)) {
            throw new IllegalArgumentException("a TLS context needs its trust manager, and only then");
        }
        this.config = config;
        this.nanoTime = nanoTime;
        this.shared = shared;
        this.check = config.stopAtGenerator() ? java.util.Objects.requireNonNull(check, "check") : GeneratorCheck.NONE;
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        if (tls != null) {
            builder.sslSocketFactory(tls.getSocketFactory(), trust);
        }
        this.client = builder
                .connectionPool(new ConnectionPool(config.threads(), 5, TimeUnit.MINUTES))
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(true)
                .connectTimeout(config.timeout())
                .readTimeout(config.timeout())
                .callTimeout(config.timeout().multipliedBy(2))
                .build();
    }

    /**
     * Samples until done; blocking. Call at most once per sampler.
     *
     * @throws IOException when the target cannot be reached before any token was collected
     */
    public TokenSamplerResult run(Listener listener) throws IOException, InterruptedException {
        long start = nanoTime.getAsLong();
        synchronized (lock) {
            watch = new GeneratorWatch(check, clock, this::generatorFound);
        }
        RateLimiter limiter = RateLimiter.system(config.ratePerSecond());
        CountDownLatch done = new CountDownLatch(config.threads());
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < config.threads(); i++) {
            Thread t = new Thread(() -> {
                try {
                    work(limiter, listener, start);
                } finally {
                    done.countDown();
                }
            }, "token-sampler-" + i);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            stop();
            done.await(5, TimeUnit.SECONDS);
            Thread.currentThread().interrupt();
        } finally {
            synchronized (lock) {
                watch.close();
            }
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
        Duration elapsed = Duration.ofNanos(nanoTime.getAsLong() - start);
        synchronized (lock) {
            if (tokens.isEmpty() && firstFailure != null) {
                throw firstFailure;
            }
            listener.onProgress(progress(elapsed.toNanos()));
            TokenSamplerResult.StopReason why = reason == null ? TokenSamplerResult.StopReason.STOPPED : reason;
            if (why == TokenSamplerResult.StopReason.STOPPED) {
                message = "stopped after " + tokens.size() + " distinct tokens; they are kept";
            }
            return new TokenSamplerResult(tokens, requests, repeats, withoutToken, why, message, elapsed);
        }
    }

    /** Stops the workers (e.g. on Ctrl-C); {@link #run} then returns what was collected. */
    public void stop() {
        stopRequested = true;
        cancelInFlight();
    }

    private void cancelInFlight() {
        synchronized (lock) {
            sources.forEach(TokenSource::cancel);
        }
        client.dispatcher().cancelAll();
    }

    /** The watch found the generator: the run ends with what was collected. */
    private void generatorFound(StructureFinding generator) {
        synchronized (lock) {
            finish(TokenSamplerResult.StopReason.GENERATOR_FOUND, "stopped after " + tokens.size() + " of "
                    + config.count() + ": " + generator.kind().label() + " found");
        }
        cancelInFlight();
    }

    private void work(RateLimiter limiter, Listener listener, long start) {
        TokenSource source = config.signsIn() ? new SignInTokens(config) : new RequestTokens(config, client);
        synchronized (lock) {
            if (stopRequested) {
                source.close();
                return;
            }
            sources.add(source);
        }
        try (source) {
            TokenSource.Pace pace = () -> {
                limiter.acquire();
                if (shared != null) {
                    shared.acquire();
                }
                if (stopRequested) {
                    throw new InterruptedException("sampling stopped");
                }
            };
            while (!stopRequested) {
                String token;
                try {
                    token = source.next(pace);
                } catch (InterruptedException e) {
                    if (!stopRequested) {
                        Thread.currentThread().interrupt();
                    }
                    return;
                } catch (InterruptedIOException | IllegalStateException cancelled) {
                    if (stopRequested) {
                        return;
                    }
                    if (fail(new IOException("request timed out: " + cancelled.getMessage(), cancelled))) {
                        return;
                    }
                    continue;
                } catch (IOException e) {
                    if (stopRequested || fail(e)) {
                        return;
                    }
                    continue;
                }
                if (record(token, listener, start)) {
                    return;
                }
            }
        }
    }

    /** Records a failed request; true when the run should end. */
    private boolean fail(IOException e) {
        synchronized (lock) {
            failures++;
            if (firstFailure == null) {
                firstFailure = e;
            }
            if (tokens.isEmpty() || failures >= MAX_CONSECUTIVE_FAILURES) {
                finish(TokenSamplerResult.StopReason.FAILED, "requests fail (" + e.getMessage() + ") after "
                        + tokens.size() + " distinct tokens; they are kept");
                return true;
            }
            return false;
        }
    }

    /** Records a response; true when the run should end. */
    private boolean record(String token, Listener listener, long start) {
        synchronized (lock) {
            if (reason != null) {
                return true;
            }
            requests++;
            failures = 0;
            if (token == null) {
                withoutToken++;
                stale++;
            } else if (seen.add(token)) {
                tokens.add(token);
                stale = 0;
                listener.onToken(token, tokens.size() - 1);
                watch.offer(tokens);
            } else {
                repeats++;
                stale++;
            }
            long now = nanoTime.getAsLong();
            if (now - lastProgress >= PROGRESS_INTERVAL_NANOS) {
                lastProgress = now;
                listener.onProgress(progress(now - start));
            }
            if (tokens.size() >= config.count()) {
                finish(TokenSamplerResult.StopReason.COUNT_REACHED, "collected " + tokens.size()
                        + " distinct tokens in " + requests + " " + config.rounds());
            } else if (stale >= config.staleLimit()) {
                finish(TokenSamplerResult.StopReason.SERVER_STOPPED_ISSUING, "the server stopped issuing new tokens ("
                        + config.token().describe() + "): the last " + stale + " " + config.rounds() + " "
                        + (withoutToken == requests ? "carried none" : "brought none that was new")
                        + "; kept " + tokens.size() + " distinct tokens");
            }
            return reason != null;
        }
    }

    private void finish(TokenSamplerResult.StopReason why, String text) {
        if (reason == null) {
            reason = why;
            message = text;
            stopRequested = true;
        }
    }

    private SampleProgress progress(long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        return new SampleProgress(tokens.size(), config.count(), requests, repeats, withoutToken,
                seconds > 0 ? tokens.size() / seconds : 0);
    }

    /**
     * The value of the last {@code Set-Cookie} named {@code name} (RFC 6265: the name is what precedes the first
     * '=', trimmed; the value runs to the first ';'), or null when none sets a non-empty value.
     */
    static String cookieValue(List<String> setCookies, String name) {
        String value = null;
        for (String header : setCookies) {
            int semicolon = header.indexOf(';');
            String pair = semicolon >= 0 ? header.substring(0, semicolon) : header;
            int eq = pair.indexOf('=');
            if (eq < 0 || !pair.substring(0, eq).trim().equals(name)) {
                continue;
            }
            String v = pair.substring(eq + 1).trim();
            value = v.isEmpty() ? null : v;
        }
        return value;
    }
}
