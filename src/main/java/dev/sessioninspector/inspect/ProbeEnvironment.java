package dev.sessioninspector.inspect;

import dev.sessioninspector.flow.FlowOptions;
import dev.sessioninspector.probe.ProbePolicy;
import dev.sessioninspector.probe.Sleeper;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * What the active use cases take from their surroundings: the clock, how they wait (the idle probe), the
 * randomness of made-up IDs, and the flow engine's options, whose TLS trust the probes share. The command line
 * uses {@link #defaults()}, the app its own sleeper (the idle countdown); tests pass a movable clock, a sleeper
 * that moves it, or the demo shop's trust.
 */
public record ProbeEnvironment(Clock clock, Sleeper sleeper, RandomGenerator random, FlowOptions flowOptions) {
    public ProbeEnvironment {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(flowOptions, "flowOptions");
    }

    public static ProbeEnvironment defaults() {
        return new ProbeEnvironment(Clock.systemUTC(), Sleeper.SYSTEM, new SecureRandom(), FlowOptions.defaults());
    }

    public ProbeEnvironment withFlowOptions(FlowOptions options) {
        return new ProbeEnvironment(clock, sleeper, random, options);
    }

    public ProbeEnvironment withSleeper(Sleeper s) {
        return new ProbeEnvironment(clock, s, random, flowOptions);
    }

    /** The probes' policy for an origin: defaults, with the flow's TLS trust. */
    public ProbePolicy policy(URI origin) {
        ProbePolicy p = ProbePolicy.defaults(origin);
        return flowOptions.tls() == null ? p : p.withTls(flowOptions.tls(), flowOptions.trustManager());
    }
}
