package dev.sessioninspector.probe;

import dev.sessioninspector.analysis.ProbeEvidence;
import dev.sessioninspector.analysis.ProbeVerdict;
import dev.sessioninspector.model.RecordingSink;
import dev.sessioninspector.model.TokenSample;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Runs a {@link ProbePlan} against a {@link ProbeTarget} within a {@link ProbePolicy}: logout replay, foreign
 * ID, session ID in URL, unsigned token, idle timeout (with {@code idleMax}), absolute timeout (with
 * {@code absoluteMax}), then the token sample (with {@code samples}).
 * Every request goes into {@code sink} (the recording the target came from) with initiator {@code PROBE},
 * except the token sample's hundreds of requests, which are counted, not recorded. A probe that breaks a
 * limit, or meets a target that stopped answering, ends inconclusive; once the target is unreachable the
 * remaining probes are not sent.
 */
public final class ProbeRunner {
    private final ProbePolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final RateLimiter limiter;

    public ProbeRunner(ProbePolicy policy, Clock clock, Sleeper sleeper, RandomGenerator random) {
        this(policy, clock, sleeper, random, RateLimiter.system(policy.ratePerSecond()));
    }

    /** With the limiter every request of this runner's runs waits for (tests pass one on a virtual clock). */
    ProbeRunner(ProbePolicy policy, Clock clock, Sleeper sleeper, RandomGenerator random, RateLimiter limiter) {
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
    }

    public ProbePolicy policy() {
        return policy;
    }

    public ProbeResults run(ProbeTarget target, ProbePlan plan, RecordingSink sink) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(sink, "sink");
        List<ActiveProbe> probes = new ArrayList<>();
        if (plan.logoutReplay()) {
            probes.add(new LogoutReplayProbe());
        }
        if (plan.foreignId()) {
            probes.add(new ForeignIdProbe(random));
        }
        if (plan.urlId()) {
            probes.add(new UrlIdProbe());
        }
        if (plan.unsignedToken()) {
            probes.add(new UnsignedTokenProbe());
        }
        if (plan.idleMax() != null) {
            probes.add(new IdleTimeoutProbe(plan.idleMax(), sleeper));
        }
        if (plan.absoluteMax() != null) {
            probes.add(new AbsoluteTimeoutProbe(plan.absoluteMax(), sleeper));
        }
        List<ProbeEvidence> evidence = new ArrayList<>();
        List<ProbeReport.Entry> entries = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<TokenSample> samples = new ArrayList<>();
        String unreachable = null;
        if (!policy.allows(target.origin())) {
            notes.add("the target " + target.origin() + " is not the policy's origin " + policy.origin()
                    + ": nothing was sent");
            return new ProbeResults(evidence, samples, new ProbeReport(entries, notes, null));
        }
        for (ActiveProbe probe : probes) {
            if (unreachable != null) {
                notes.add(probe.name() + ": not sent (the target stopped answering)");
                continue;
            }
            ProbePolicy limits = policy.withLimits(probe.budget(target, policy.maxRequests()), policy.ratePerSecond());
            ProbeClient.Run run = new ProbeClient.Run(limits, sink, clock, limiter);
            ProbeEvidence e;
            try {
                e = probe.run(target, run);
            } catch (ProbeRefusedException refused) {
                e = new ProbeEvidence(probe.kind(), target.credential(), List.copyOf(run.exchanges),
                        ProbeVerdict.INCONCLUSIVE, refused.getMessage());
            }
            evidence.add(e);
            entries.add(new ProbeReport.Entry(probe.name(), e.verdict(), e.detail(), run.sent));
            if (run.unreachable && e.verdict() == ProbeVerdict.INCONCLUSIVE) {
                unreachable = probe.name() + " probe: " + run.failure;
            }
        }
        if (plan.samples() > 0) {
            if (unreachable != null) {
                notes.add("token sample: not taken (the target stopped answering)");
            } else {
                SampleOutcome s = sample(target, plan);
                entries.add(s.entry);
                s.sample.ifPresent(samples::add);
                if (s.unreachable != null) {
                    unreachable = "token sample: " + s.unreachable;
                }
            }
        }
        return new ProbeResults(evidence, samples, new ProbeReport(entries, notes, unreachable));
    }

    private record SampleOutcome(ProbeReport.Entry entry, java.util.Optional<TokenSample> sample, String unreachable) {
    }

    private SampleOutcome sample(ProbeTarget target, ProbePlan plan) {
        String name = "token sample";
        if (target.cookie() == null) {
            return new SampleOutcome(new ProbeReport.Entry(name, null, "no session cookie to sample", List.of()),
                    java.util.Optional.empty(), null);
        }
        if (!policy.allows(target.issuingPage())) {
            return new SampleOutcome(new ProbeReport.Entry(name, null, "refused " + target.issuingPage()
                    + ": outside the recorded origin", List.of()), java.util.Optional.empty(), null);
        }
        TokenSamplerConfig config = new TokenSamplerConfig(target.issuingPage(), "GET", null, null,
                TokenLocation.cookie(target.cookie()), plan.samples(), Math.min(4, plan.samples()), plan.sampleRate(),
                policy.readTimeout(),
                Math.max(50, plan.samples() / 10));
        String what = "GET " + target.issuingPage() + " without cookies, reading " + target.cookie()
                + " from Set-Cookie (not recorded)";
        try {
            TokenSamplerResult r = new TokenSampler(config, System::nanoTime, limiter, policy.tls(), policy.trustManager())
                    .run((token, index) -> { });
            String detail = r.tokens().size() + " distinct " + target.cookie() + " values from " + r.requests()
                    + " requests" + (r.message().isEmpty() ? "" : " (" + r.message() + ")");
            TokenSample sample = r.toTokenSample(target.cookie(), target.issuingPage().toString(), clock.instant());
            return new SampleOutcome(new ProbeReport.Entry(name, null, detail, List.of(what)),
                    r.tokens().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(sample), null);
        } catch (IOException e) {
            return new SampleOutcome(new ProbeReport.Entry(name, null, "failed: " + e.getMessage(), List.of(what)),
                    java.util.Optional.empty(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SampleOutcome(new ProbeReport.Entry(name, null, "interrupted", List.of(what)),
                    java.util.Optional.empty(), null);
        }
    }
}
