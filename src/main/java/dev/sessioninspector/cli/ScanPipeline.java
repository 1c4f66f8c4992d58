package dev.sessioninspector.cli;

import dev.sessioninspector.inspect.FlowSignIn;
import dev.sessioninspector.analysis.AnalysisInputs;
import dev.sessioninspector.flow.FlowListener;
import dev.sessioninspector.flow.FlowOptions;
import dev.sessioninspector.flow.FlowRecorder;
import dev.sessioninspector.flow.FlowStep;
import dev.sessioninspector.probe.ProbePlan;
import dev.sessioninspector.probe.ProbeResults;
import dev.sessioninspector.store.RecordingWriter;
import java.util.List;

/**
 * The stages of {@code scan}, run in order on one {@link ScanRun}: {@link Record} the flow into the project,
 * {@link Analyze} it passively, {@link Probe} the site (logout replay, foreign ID, ID in URL; idle timeout
 * with {@code --idle-max}; a token sample with {@code --samples}) recording the probes' requests into the same
 * recording, {@link Conclude} with the probes' evidence, write the {@link Report}s, print the {@link Summary}
 * and set the exit code from {@code --fail-on}. A target that stopped answering during the probes still gets
 * its reports; the scan then ends with exit 3.
 */
final class ScanPipeline {
    /** A stage of the scan. */
    interface Stage {
        void run(ScanRun run);
    }

    private final List<Stage> stages;

    ScanPipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    static ScanPipeline standard() {
        return new ScanPipeline(List.of(new Record(), new Analyze(), new Probe(), new Conclude(), new Report(),
                new Summary()));
    }

    int run(ScanRun run) {
        for (Stage stage : stages) {
            stage.run(run);
        }
        if (run.probes.report().targetUnreachable()) {
            throw new ScanCommand.ScanFailedException("target unreachable during the active probes ("
                    + run.probes.report().unreachable() + "); what was recorded is in recording "
                    + run.data.recording().id() + " of " + run.project.file()
                    + (run.reports.isEmpty() ? "" : ", reports in " + run.reports.get(0).getParent()));
        }
        return run.exitCode;
    }

    /** Runs the flow with the chosen engine into a new recording, then loads it back as stored. */
    static final class Record implements Stage {
        @Override
        public void run(ScanRun run) {
            FlowListener progress = new FlowListener() {
                @Override
                public void stepFinished(int number, FlowStep step, String outcome) {
                    run.err.println("  step " + number + "/" + run.flow.steps().size() + ": " + step.describe()
                            + ": " + outcome);
                    run.err.flush();
                }
            };
            FlowOptions options = run.env.flowOptions().withKeepSecrets(run.options.keepSecrets());
            run.recorded = FlowRecorder.record(run.project, run.flow, run.engine, run.env.clock(), options, progress);
            run.data = run.project.load(run.recorded.recording().id());
        }
    }

    /** Passive rules over the recording. */
    static final class Analyze implements Stage {
        @Override
        public void run(ScanRun run) {
            AnalysisInputs inputs = AnalysisInputs.NONE.withAuthenticatedUrl(run.flow.authenticatedUri());
            if (run.options.idleMax() != null) {
                inputs = inputs.withIdleMax(run.options.idleMax());
            }
            run.inputs = inputs;
            run.passive = Checkup.analyze(run.data, inputs, ProbeResults.NONE);
        }
    }

    /** The active probes, recorded into the same recording, which is then loaded again. */
    static final class Probe implements Stage {
        @Override
        public void run(ScanRun run) {
            ProbePlan plan = ProbePlan.standard().withIdleMax(run.options.idleMax())
                    .withSamples(run.options.samples() == null ? 0 : run.options.samples());
            if (run.data.exchanges().isEmpty()) {
                return;
            }
            if (run.options.idleMax() != null) {
                run.err.println("  probes: the idle-timeout probe stays idle just over "
                        + run.options.idleMax().toString().substring(2).toLowerCase(java.util.Locale.ROOT));
                run.err.flush();
            }
            try (RecordingWriter writer = run.project.writer(run.recorded.recording())) {
                run.probes = Checkup.probe(run.data, run.inputs, FlowSignIn.of(run.flow), plan, run.env, writer);
            }
            run.data = run.project.load(run.recorded.recording().id());
            Checkup.printProbes(run.err, run.probes);
        }
    }

    /** The rules again, now with the probes' evidence and samples. */
    static final class Conclude implements Stage {
        @Override
        public void run(ScanRun run) {
            run.result = Checkup.analyze(run.data, run.inputs, run.probes);
            run.exitCode = Checkup.exitCode(run.result, run.options.failOn());
        }
    }

    /** Report files for {@code --format} into {@code --out}. */
    static final class Report implements Stage {
        @Override
        public void run(ScanRun run) {
            List<String> formats = run.options.formats().isEmpty() ? Checkup.DEFAULT_FORMATS : run.options.formats();
            run.reports = Checkup.writeReports(formats, run.result, run.data, run.probes,
                    run.options.out() == null ? Checkup.DEFAULT_OUT : run.options.out());
        }
    }

    /** Prints the summary of the recording and the failed checks on standard output. */
    static final class Summary implements Stage {
        @Override
        public void run(ScanRun run) {
            ScanSummary.print(run);
            Checkup.printChecks(run.out, run.result, run.reports);
        }
    }
}
