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
 * randomness of made-up IDs, and the flow engine's options, whose TLS trust the probes and the token sample share.
 * The command line uses {@link #defaults()} with its target's trust, the app its own sleeper (the idle countdown)
 * and the demo shop's trust for the demo shop's origin only ({@link #trustingOnly}); tests pass a movable clock, a
 * sleeper that moves it, or the demo shop's trust.
 *
 * @param trustedOrigin the only origin the TLS trust of {@code flowOptions} is for (every other origin gets the
 *                      JDK's trust), or null when it is for whatever the probes target (the command line's target)
 */
public record ProbeEnvironment(Clock clock, Sleeper sleeper, RandomGenerator random, FlowOptions flowOptions,
        URI trustedOrigin) {
    public ProbeEnvironment {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(flowOptions, "flowOptions");
    }

    /** An environment whose TLS trust is for whatever the probes target. */
    public ProbeEnvironment(Clock clock, Sleeper sleeper, RandomGenerator random, FlowOptions flowOptions) {
        this(clock, sleeper, random, flowOptions, null);
    }

    public static ProbeEnvironment defaults() {
        return new ProbeEnvironment(Clock.systemUTC(), Sleeper.SYSTEM, new SecureRandom(), FlowOptions.defaults());
    }

    public ProbeEnvironment withFlowOptions(FlowOptions options) {
        return new ProbeEnvironment(clock, sleeper, random, options, trustedOrigin);
    }

    /** The TLS trust of {@code options} for {@code origin} only (e.g. the demo shop's certificate for the demo shop). */
    public ProbeEnvironment trustingOnly(URI origin, FlowOptions options) {
        return new ProbeEnvironment(clock, sleeper, random, options, Objects.requireNonNull(origin, "origin"));
    }

    public ProbeEnvironment withSleeper(Sleeper s) {
        return new ProbeEnvironment(clock, s, random, flowOptions, trustedOrigin);
    }

    /** The probes' policy for an origin: defaults, with the flow's TLS trust where it is for that origin. */
    public ProbePolicy policy(URI origin) {
        ProbePolicy p = ProbePolicy.defaults(origin);
        if (flowOptions.tls() == null || trustedOrigin != null && !Origins.same(trustedOrigin, origin)) {
            return p;
        }
        return p.withTls(flowOptions.tls(), flowOptions.trustManager());
    }
}
