package dev.sessioninspector.cli;

import dev.sessioninspector.flow.FlowOptions;
import dev.sessioninspector.probe.ProbePolicy;
import dev.sessioninspector.probe.Sleeper;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * What a scan or an active analysis takes from its surroundings: the clock, how it waits (the idle probe), the
 * randomness of made-up IDs, and the flow engine's options, whose TLS trust the probes share. The command line
 * uses {@link #defaults()}; tests pass a movable clock, a sleeper that moves it, or the demo shop's trust.
 */
record ProbeEnvironment(Clock clock, Sleeper sleeper, RandomGenerator random, FlowOptions flowOptions) {
    ProbeEnvironment {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(flowOptions, "flowOptions");
    }

    static ProbeEnvironment defaults() {
        return new ProbeEnvironment(Clock.systemUTC(), Sleeper.SYSTEM, new SecureRandom(), FlowOptions.defaults());
    }

    ProbeEnvironment withFlowOptions(FlowOptions options) {
        return new ProbeEnvironment(clock, sleeper, random, options);
    }

    ProbeEnvironment withSleeper(Sleeper s) {
        return new ProbeEnvironment(clock, s, random, flowOptions);
    }

    /** The probes' policy for an origin: defaults, with the flow's TLS trust. */
    ProbePolicy policy(URI origin) {
        ProbePolicy p = ProbePolicy.defaults(origin);
        return flowOptions.tls() == null ? p : p.withTls(flowOptions.tls(), flowOptions.trustManager());
    }
}
