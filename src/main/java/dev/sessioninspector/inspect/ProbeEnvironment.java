package dev.sessioninspector.inspect;

import dev.sessioninspector.flow.FlowOptions;
import dev.sessioninspector.model.Origins;
import dev.sessioninspector.probe.ProbePolicy;
import dev.sessioninspector.probe.Sleeper;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * What the active use cases take from their surroundings: the clock, how they wait (the idle probe), the
 * randomness of made-up IDs, the flow engine's options, whose TLS trust the probes and the token sample share, and
 * the request ceiling of a probe run (the token sample's included).
 * The command line uses {@link #defaults()} with its target's trust, the app its own sleeper (the idle countdown)
 * and the demo shop's trust for the demo shop's origin only ({@link #trustingOnly}); tests pass a movable clock, a
 * sleeper that moves it, or the demo shop's trust.
 *
 * @param trustedOrigin the only origin the TLS trust of {@code flowOptions} is for (every other origin gets the
 *                      JDK's trust), or null when it is for whatever the probes target (the command line's target)
 * @param ratePerSecond the probes' request ceiling per second across a run, its token sample included
 *                      ({@link ProbePolicy#DEFAULT_RATE} unless asked; 0 for none)
 */
public record ProbeEnvironment(Clock clock, Sleeper sleeper, RandomGenerator random, FlowOptions flowOptions,
        URI trustedOrigin, double ratePerSecond) {
    public ProbeEnvironment {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(flowOptions, "flowOptions");
        if (!(ratePerSecond >= 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("the request rate must be >= 0 (0: no limit), not " + ratePerSecond);
        }
    }

    /** An environment at the default request rate. */
    public ProbeEnvironment(Clock clock, Sleeper sleeper, RandomGenerator random, FlowOptions flowOptions,
            URI trustedOrigin) {
        this(clock, sleeper, random, flowOptions, trustedOrigin, ProbePolicy.DEFAULT_RATE);
    }

    /** An environment whose TLS trust is for whatever the probes target. */
    public ProbeEnvironment(Clock clock, Sleeper sleeper, RandomGenerator random, FlowOptions flowOptions) {
        this(clock, sleeper, random, flowOptions, null);
    }

    public static ProbeEnvironment defaults() {
        return new ProbeEnvironment(Clock.systemUTC(), Sleeper.SYSTEM, new SecureRandom(), FlowOptions.defaults());
    }

    public ProbeEnvironment withFlowOptions(FlowOptions options) {
        return new ProbeEnvironment(clock, sleeper, random, options, trustedOrigin, ratePerSecond);
    }

    /** The TLS trust of {@code options} for {@code origin} only (e.g. the demo shop's certificate for the demo shop). */
    public ProbeEnvironment trustingOnly(URI origin, FlowOptions options) {
        return new ProbeEnvironment(clock, sleeper, random, options, Objects.requireNonNull(origin, "origin"),
                ratePerSecond);
    }

    public ProbeEnvironment withSleeper(Sleeper s) {
        return new ProbeEnvironment(clock, s, random, flowOptions, trustedOrigin, ratePerSecond);
    }

    /** With another request ceiling per second (0: none): {@code scan --rate}, and tests that need not wait. */
    public ProbeEnvironment withRate(double perSecond) {
        return new ProbeEnvironment(clock, sleeper, random, flowOptions, trustedOrigin, perSecond);
    }

    /**
     * The probes' policy for an origin: defaults at this environment's rate, with the flow's TLS trust where it is for
     * that origin.
     */
    public ProbePolicy policy(URI origin) {
        ProbePolicy p = ProbePolicy.defaults(origin);
        p = p.withLimits(p.maxRequests(), ratePerSecond);
        if (flowOptions.tls() == null || trustedOrigin != null && !Origins.same(trustedOrigin, origin)) {
            return p;
        }
        return p.withTls(flowOptions.tls(), flowOptions.trustManager());
    }
}
