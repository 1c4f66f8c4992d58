package dev.sessioninspector.inspect;

import dev.sessioninspector.model.TokenSample;
import dev.sessioninspector.probe.ProbePlan;
import dev.sessioninspector.probe.ProbeResults;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Sample: collects fresh session IDs from the page that issues them to a new visitor and keeps the sample with
 * the recording, where {@code session.id-predictable} and {@code session.id-too-short} read it.
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
}
