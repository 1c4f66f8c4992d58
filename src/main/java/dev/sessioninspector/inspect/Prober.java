package dev.sessioninspector.inspect;

import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.RecordingSink;
import dev.sessioninspector.probe.ProbePlan;
import dev.sessioninspector.probe.ProbeReport;
import dev.sessioninspector.probe.ProbeResults;
import dev.sessioninspector.probe.ProbeRunner;
import dev.sessioninspector.probe.ProbeTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Probe: runs a {@link ProbePlan} against a recording's origin one step at a time, recording the requests into
 * a sink, and hands each step's results on as it lands. Once the target stops answering, or the thread is
 * interrupted, the remaining steps are not sent (each gets a note).
 */
public final class Prober {
    private final ProbeEnvironment env;

    public Prober(ProbeEnvironment env) {
        this.env = Objects.requireNonNull(env, "env");
    }

    /** Runs the plan; {@link ProbeResults#NONE} for an empty recording or an empty plan. */
    public ProbeResults probe(RecordingData data, InspectionInputs inputs, Verdicts verdicts, ProbePlan plan,
            RecordingSink sink, Consumer<ProbeResults> landed) {
        Objects.requireNonNull(landed, "landed");
        if (data.exchanges().isEmpty() || !plan.any()) {
            return ProbeResults.NONE;
        }
        ProbeTarget target = ProbeTarget.of(Analyser.model(data, inputs, verdicts), inputs.signIn());
        ProbeRunner runner = new ProbeRunner(env.policy(target.origin()), env.clock(), env.sleeper(), env.random());
        List<ProbeResults> done = new ArrayList<>();
        ProbeReport report = ProbeReport.empty();
        for (ProbePlan step : plan.steps()) {
            if (report.targetUnreachable() || Thread.currentThread().isInterrupted()) {
                String why = report.targetUnreachable() ? "the target stopped answering" : "stopped";
                report = report.and(new ProbeReport(List.of(), List.of(step.describe() + ": not sent (" + why + ")"),
                        null));
                continue;
            }
            ProbeResults r = runner.run(target, step, sink);
            done.add(r);
            report = report.and(r.report());
            landed.accept(r);
        }
        return new ProbeResults(done.stream().flatMap(r -> r.evidence().stream()).toList(),
                done.stream().flatMap(r -> r.samples().stream()).toList(), report);
    }
}
