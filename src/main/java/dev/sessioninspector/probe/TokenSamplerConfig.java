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
 * @param signIn        a sign-in to run for every token, as a new visitor ({@link SignInScript#NONE}: the request
 *                      alone)
 * @param afterSignIn   with a sign-in: true when the request ({@code url}, {@code method}, {@code body},
 *                      {@code headers}) follows each sign-in in its session and the token is read from its answer
 *                      ({@link #signInThen}); false when {@code url} is the sign-in's first request's and the token
 *                      is the credential the sign-in leaves ({@link #signIn})
 * @param stopAtGenerator end the sample early once the tokens so far show the generator behind them (a counter, a
 *                      clock, a digest of either, {@code java.util.Random}: {@link GeneratorCheck}); false collects
 *                      all {@code count}
 */
public record TokenSamplerConfig(URI url, String method, String body, Headers headers, TokenLocation token,
        int count, int threads, double ratePerSecond, Duration timeout, int staleLimit, SignInScript signIn,
        boolean afterSignIn, boolean stopAtGenerator) {
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
        signIn = signIn == null ? SignInScript.NONE : signIn;
        if (signIn.canSignIn() && !afterSignIn && (!method.equals("GET") || body != null || !headers.all().isEmpty())) {
            throw new IllegalArgumentException("--sign-in without --url sends the flow's own requests: --method, "
                    + "--data and --request-header go with --url");
        }
        if (afterSignIn && !signIn.canSignIn()) {
            throw new IllegalArgumentException("a request after sign-in needs a sign-in");
        }
    }

    /**
     * A request sampler without sign-in that stops once the generator is found (the fields as the canonical
     * constructor takes them).
     */
    public TokenSamplerConfig(URI url, String method, String body, Headers headers, TokenLocation token, int count,
            int threads, double ratePerSecond, Duration timeout, int staleLimit) {
        this(url, method, body, headers, token, count, threads, ratePerSecond, timeout, staleLimit, SignInScript.NONE,
                false, true);
    }

    /** This config collecting all {@code count} tokens even when the generator shows earlier ({@code sample --all}). */
    public TokenSamplerConfig collectingAll() {
        return new TokenSamplerConfig(url, method, body, headers, token, count, threads, ratePerSecond, timeout,
                staleLimit, signIn, afterSignIn, false);
    }

    /** A GET without cookies that reads {@code cookieName} from {@code Set-Cookie}; defaults as {@link #of(URI, String, String, Headers, TokenLocation, int, int, double)}. */
    public static TokenSamplerConfig of(URI url, String cookieName, int count, int threads, double ratePerSecond) {
        return of(url, "GET", null, Headers.EMPTY, TokenLocation.cookie(cookieName), count, threads, ratePerSecond);
    }

    /**
     * Defaults: 10 s timeout; stale after max(50, 10 × threads) responses without a new token; stops once the
     * generator is found.
     */
    public static TokenSamplerConfig of(URI url, String method, String body, Headers headers, TokenLocation token,
            int count, int threads, double ratePerSecond) {
        return new TokenSamplerConfig(url, method, body, headers, token, count, threads, ratePerSecond,
                Duration.ofSeconds(10), Math.max(50, 10 * threads));
    }

    /**
     * Samples the credential a sign-in issues: every round runs {@code script}'s sign-in as a new visitor (a fresh
     * cookie jar) and reads {@code token} from what it left; defaults as the request sampler's.
     *
     * @param flowName names the flow in messages
     * @throws IllegalArgumentException when the script cannot sign in (no login step, or steps only a browser runs)
     */
    public static TokenSamplerConfig signIn(SignInScript script, String flowName, TokenLocation token, int count,
            int threads, double ratePerSecond) {
        requireSignIn(script, flowName);
        return new TokenSamplerConfig(script.signIn().get(0).url(), "GET", null, Headers.EMPTY, token, count, threads,
                ratePerSecond, Duration.ofSeconds(10), Math.max(50, 10 * threads), script, false, true);
    }

    /**
     * Samples what a request answers a signed-in visitor: every round runs {@code script}'s sign-in as a new
     * visitor, then sends the request in that session (the cookies the sign-in set, and its signed-in headers such
     * as {@code Authorization: Bearer ${token}}; {@code ${name}} in {@code headers} is filled from the values the
     * sign-in took) and reads {@code token} from the answer; defaults as the request sampler's.
     *
     * @throws IllegalArgumentException when the script cannot sign in, or the request is malformed
     */
    public static TokenSamplerConfig signInThen(SignInScript script, String flowName, URI url, String method,
            String body, Headers headers, TokenLocation token, int count, int threads, double ratePerSecond) {
        requireSignIn(script, flowName);
        return new TokenSamplerConfig(url, method, body, headers, token, count, threads, ratePerSecond,
                Duration.ofSeconds(10), Math.max(50, 10 * threads), script, true, true);
    }

    private static void requireSignIn(SignInScript script, String flowName) {
        if (!script.canSignIn()) {
            throw new IllegalArgumentException("--sign-in: " + flowName + " has no sign-in the http engine can "
                    + "replay (mark the login step \"mark\": \"login\", or post a password field; no fill/click steps)");
        }
    }

    /** What one round is, plural, for messages: "requests", or "sign-ins" when every token is a sign-in. */
    public String rounds() {
        return signsIn() ? "sign-ins" : "requests";
    }

    /** True when every token comes from a sign-in rather than one request. */
    public boolean signsIn() {
        return signIn.canSignIn();
    }

    /**
     * {@code Name: value} lines as request headers (blank lines skipped); a malformed one is refused in one line.
     */
    public static Headers requestHeaders(java.util.List<String> lines) {
        Headers h = Headers.EMPTY;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            String name = colon < 0 ? "" : line.substring(0, colon).strip();
            if (!ScriptValues.validHeaderName(name)) {
                throw new IllegalArgumentException("--request-header must be 'Name: value', not '" + line.strip() + "'");
            }
            h = h.with(name, line.substring(colon + 1).strip());
        }
        return h;
    }

    /** The content type of the body: the one given, else JSON or a url-encoded form by its first character. */
    String contentType() {
        return headers.first("Content-Type").orElseGet(() -> body != null && body.stripLeading().matches("(?s)[\\[{].*")
                ? "application/json" : "application/x-www-form-urlencoded");
    }

    /**
     * "POST http://…/generate, reading /token in the JSON body", "signing in (3 requests from http://…/), reading
     * cookie SID" or "signing in (…), then GET http://…/api/token, reading …": for messages.
     */
    public String describe() {
        String request = method + " " + url;
        return (signsIn() ? "signing in (" + signIn.signIn().size() + " requests from " + signIn.signIn().get(0).url()
                + ")" + (afterSignIn ? ", then " + request : "") : request) + ", reading " + token.describe();
    }
}
