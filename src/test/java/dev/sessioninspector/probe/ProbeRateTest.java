package dev.sessioninspector.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.SignedInOracle;
import dev.sessioninspector.testkit.MemorySink;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The probe rate ceiling holds across a whole run: every probe and the token sample wait for one limiter. */
class ProbeRateTest {
    private static final long SECOND = 1_000_000_000L;

    /** A nanosecond clock that moves only when the limiter sleeps. */
    private static final class VirtualTime {
        final AtomicLong now = new AtomicLong();

        RateLimiter limiter(double perSecond) {
            return new RateLimiter(perSecond, now::get, now::addAndGet);
        }
    }

    @Test
    void everyRequestOfARunWaitsForTheRunsOneLimiter() throws Exception {
        try (TokenServer server = new TokenServer(Integer.MAX_VALUE, false, 0)) {
            URI base = server.uri();
            ProbeTarget target = new ProbeTarget(base, "SID", base.resolve("/account"), "SID=0123456789abcdef",
                    List.of("0123456789abcdef0123456789abcdef"), base, SignInScript.NONE, SignedInOracle.none());
            VirtualTime time = new VirtualTime();
            RateLimiter limiter = time.limiter(ProbePolicy.DEFAULT_RATE);
            ProbeRunner runner = new ProbeRunner(ProbePolicy.defaults(base), Clock.systemUTC(), d -> { },
                    new SplittableRandom(3), limiter);
            MemorySink sink = new MemorySink();

            ProbeResults r = runner.run(target, ProbePlan.standard().withSamples(20), sink);

            assertThat(r.samples()).singleElement().satisfies(s -> assertThat(s.tokens()).hasSize(20));
            assertThat(sink.exchanges()).as("the probes sent something").hasSizeGreaterThan(1);
            // every request waited for a permit; a sample worker may take one and then find the sample complete
            assertThat(limiter.permits()).as("probes and sample each took a permit per request")
                    .isBetween((long) server.requests.get(), server.requests.get() + 4L);
            assertThat(time.now.get()).as("10 per second: n requests span at least (n - 1) / 10 s")
                    .isGreaterThanOrEqualTo((server.requests.get() - 1) * SECOND / 10);
        }
    }

    @Test
    void noSecondHoldsMoreThanTheCeilingWhateverAsks() throws Exception {
        VirtualTime time = new VirtualTime();
        RateLimiter limiter = time.limiter(10);
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            limiter.acquire();
            sent.add(time.now.get());
            if (i % 7 == 0) {
                time.now.addAndGet(SECOND / 3); // a probe that waits a while between requests
            }
        }
        for (long start : sent) {
            assertThat(sent.stream().filter(t -> t >= start && t < start + SECOND).count()).isLessThanOrEqualTo(10);
        }
        assertThat(limiter.permits()).isEqualTo(45);
    }
}
