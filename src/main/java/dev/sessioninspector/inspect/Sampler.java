package dev.sessioninspector.inspect;

import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.TokenSample;
import dev.sessioninspector.probe.ProbePlan;
import dev.sessioninspector.probe.ProbeResults;
import dev.sessioninspector.probe.SignInScript;
import dev.sessioninspector.probe.TokenLocation;
import dev.sessioninspector.probe.TokenSampler;
import dev.sessioninspector.probe.TokenSamplerConfig;
import dev.sessioninspector.probe.TokenSamplerResult;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Sample: collects fresh session IDs. From a recording, the page that issues them to a new visitor, kept with the
 * recording, where {@code session.id-predictable} and {@code session.id-too-short} read it
 * ({@link #sample(InspectedRecording, InspectionInputs, int, Consumer)}). Or any request, a flow's sign-in, or a
 * request after it, as the {@code sample} command and the app's entropy view ask for it ({@link #collection}).
 */
public final class Sampler {
    /** The sample size when the user gives none (the app's Stop, the autopilot). */
    public static final int DEFAULT_SIZE = 200;

    private final Prober prober;

    public Sampler(ProbeEnvironment env) {
        this.prober = new Prober(env);
    }

    /** Takes a sample of {@code count} IDs and keeps it; the results say what was sent and why none was taken. */
    public ProbeResults sample(InspectedRecording recording, InspectionInputs inputs, int count,
            Consumer<TokenSample> landed) {
        Objects.requireNonNull(landed, "landed");
        ProbeResults r = prober.probe(recording.load(), inputs, recording.verdicts(), ProbePlan.none().withSamples(count),
                recording.probeSink(), x -> { });
        for (TokenSample s : r.samples()) {
            recording.keep(s);
            landed.accept(s);
        }
        return r;
    }

    /**
     * What to send to sample the credential a flow's sign-in issues: every token is a whole sign-in as a new visitor
     * (the flow's steps up to its login, {@link FlowSignIn}).
     *
     * @throws IllegalArgumentException when the flow has no sign-in the http engine can replay, or a bad figure
     */
    public static TokenSamplerConfig signIn(Flow flow, TokenLocation token, int count, int threads, double rate) {
        return TokenSamplerConfig.signIn(FlowSignIn.of(flow), "the flow '" + flow.name() + "'", token, count, threads,
                rate);
    }

    /**
     * What to send to sample with a flow's sign-in: without {@code url} (null or blank) the credential the sign-in
     * issues, as {@link #signIn}; with it, what the request answers a signed-in visitor: every token is a whole
     * sign-in as a new visitor followed by the request in that session. {@code url} is absolute, or a path
     * ({@code /api/token}) relative to the flow's {@code baseUrl}.
     *
     * @throws IllegalArgumentException when the flow has no sign-in the http engine can replay, or a bad request
     */
    public static TokenSamplerConfig withSignIn(Flow flow, String url, String method, String body, Headers headers,
            TokenLocation token, int count, int threads, double rate) {
        return withSignIn(FlowSignIn.of(flow), "the flow '" + flow.name() + "'", flow.baseUrl(), url, method, body,
                headers, token, count, threads, rate);
    }

    /**
     * Sampling with any sign-in script (a flow's, or the one a recording shows: {@link FlowSignIn#recorded}): without
     * {@code url} (null or blank) the credential the sign-in issues, as {@link #signIn}; with it, the request after
     * each sign-in, a path resolved against {@code base}.
     *
     * @param name names the sign-in in messages ("the flow 'Tea shop'", "the recorded sign-in")
     * @throws IllegalArgumentException when the script cannot sign in, or a choice is malformed (one line)
     */
    public static TokenSamplerConfig withSignIn(SignInScript script, String name, URI base, String url, String method,
            String body, Headers headers, TokenLocation token, int count, int threads, double rate) {
        if (url == null || url.isBlank()) {
            boolean request = (method != null && !method.isBlank() && !method.strip().equalsIgnoreCase("GET"))
                    || body != null || (headers != null && !headers.all().isEmpty());
            if (request) {
                throw new IllegalArgumentException("--sign-in without --url sends the flow's own requests: --method, "
                        + "--data and --request-header go with --url");
            }
            return TokenSamplerConfig.signIn(script, name, token, count, threads, rate);
        }
        String u = url.strip();
        URI target;
        try {
            target = u.startsWith("/") ? URI.create(base.toString().replaceAll("/+$", "") + u) : URI.create(u);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--url must be an http(s) URL or a path from the flow's baseUrl, not '"
                    + u + "'", e);
        }
        return TokenSamplerConfig.signInThen(script, name, target, method, body, headers, token, count, threads,
                rate);
    }

    /** A sampling run of any request or sign-in, not started yet. */
    public static Collection collection(TokenSamplerConfig config) {
        return collection(config, Clock.systemUTC());
    }

    /** As {@link #collection(TokenSamplerConfig)}; {@code clock} dates the sample. */
    public static Collection collection(TokenSamplerConfig config, Clock clock) {
        return new Collection(config, clock);
    }

    /** What a run collected: the sampler's account of it and the tokens as a sample (named by where they were read). */
    public record Collected(TokenSamplerResult result, TokenSample sample) {
        public Collected {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(sample, "sample");
        }
    }

    /** One sampling run: {@link #collect} blocks until it ends; {@link #stop} (any thread) ends it, keeping the tokens. */
    public static final class Collection {
        private final TokenSamplerConfig config;
        private final Clock clock;
        private final TokenSampler sampler;

        Collection(TokenSamplerConfig config, Clock clock) {
            this.config = Objects.requireNonNull(config, "config");
            this.clock = Objects.requireNonNull(clock, "clock");
            this.sampler = new TokenSampler(config);
        }

        public TokenSamplerConfig config() {
            return config;
        }

        /**
         * Runs until enough tokens, {@link #stop}, or the server stops issuing new ones; call once.
         *
         * @param listener each new token and progress, on the sampler's worker threads
         * @throws IOException when the target cannot be reached before any token came
         */
        public Collected collect(TokenSampler.Listener listener) throws IOException, InterruptedException {
            TokenSamplerResult r = sampler.run(listener);
            return new Collected(r, r.toTokenSample(config.token().sampleName(), config.describe(), clock.instant()));
        }

        public void stop() {
            sampler.stop();
        }
    }
}
