package dev.sessioninspector.ui.probes;

import dev.sessioninspector.analysis.AnalysisInputs;
import dev.sessioninspector.analysis.EntropyTokenStats;
import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.analysis.SessionModel;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.RecordingSink;
import dev.sessioninspector.probe.ProbePlan;
import dev.sessioninspector.probe.ProbePolicy;
import dev.sessioninspector.probe.ProbeResults;
import dev.sessioninspector.probe.ProbeRunner;
import dev.sessioninspector.probe.ProbeTarget;
import dev.sessioninspector.probe.SignInScript;
import dev.sessioninspector.probe.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Runs one active probe against a recording's origin, the way the GUI offers them one at a time: reads the
 * target from the recording's session model, builds the sign-in script from the recorded login (with the
 * password the user gives back), and sends the probe through {@link ProbeRunner} into {@code sink}.
 * Blocking: call it off the FX thread.
 */
public final class ProbeWorkbench {
    private final Clock clock;
    private final RandomGenerator random;

    public ProbeWorkbench(Clock clock, RandomGenerator random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * What one probe needs besides the recording.
     *
     * @param idleMax the limit of the idle or the absolute-timeout probe (the one {@code kind} names)
     */
    public record Request(ProbeKind kind, String password, Duration idleMax, Sleeper sleeper) {
        public Request {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(sleeper, "sleeper");
            if ((kind == ProbeKind.IDLE_TIMEOUT || kind == ProbeKind.ABSOLUTE_TIMEOUT)
                    && (idleMax == null || idleMax.isNegative() || idleMax.isZero())) {
                throw new IllegalArgumentException("the " + (kind == ProbeKind.IDLE_TIMEOUT ? "idle" : "absolute")
                        + "-timeout probe needs a positive limit");
            }
        }
    }

    /** The target the probes would use for {@code data}, with a sign-in script when {@code password} is given. */
    public static ProbeTarget target(RecordingData data, AnalysisInputs inputs, String password) {
        SessionContext ctx = SessionModel.build(data, inputs, EntropyTokenStats.CALCULATOR);
        if (ctx.target() == null) {
            throw new IllegalArgumentException("the recording is empty: record a visit first");
        }
        SignInScript script = SignInScripts.from(ctx, password);
        return ProbeTarget.of(ctx, script);
    }

    /** Runs the probe; its requests go into {@code sink}, marked as probe traffic. */
    public ProbeResults run(Request request, RecordingData data, URI authenticatedUrl, RecordingSink sink) {
        ProbeTarget target = target(data, AnalysisInputs.NONE.withAuthenticatedUrl(authenticatedUrl),
                request.password());
        ProbePolicy policy = ProbePolicy.defaults(target.origin());
        ProbeKind k = request.kind();
        ProbePlan plan = new ProbePlan(k == ProbeKind.LOGOUT_REPLAY, k == ProbeKind.FOREIGN_ID,
                k == ProbeKind.URL_ID_ACCEPTED, k == ProbeKind.UNSIGNED_TOKEN,
                k == ProbeKind.IDLE_TIMEOUT ? request.idleMax() : null,
                k == ProbeKind.ABSOLUTE_TIMEOUT ? request.idleMax() : null, 0, ProbePlan.DEFAULT_SAMPLE_RATE);
        return new ProbeRunner(policy, clock, request.sleeper(), random).run(target, plan, sink);
    }
}
