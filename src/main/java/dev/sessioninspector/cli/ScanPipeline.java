package dev.sessioninspector.cli;

import dev.sessioninspector.flow.FlowListener;
import dev.sessioninspector.flow.FlowOptions;
import dev.sessioninspector.flow.FlowRecorder;
import dev.sessioninspector.flow.FlowStep;
import dev.sessioninspector.inspect.Analyser;
import dev.sessioninspector.inspect.Concluder;
import dev.sessioninspector.inspect.FlowSignIn;
import dev.sessioninspector.inspect.InspectedRecording;
import dev.sessioninspector.inspect.InspectionInputs;
import dev.sessioninspector.probe.SignInScript;
import dev.sessioninspector.inspect.Prober;
import dev.sessioninspector.probe.ProbePlan;
import dev.sessioninspector.probe.ProbeReport;
import java.util.List;
import java.util.Locale;

/**
 * The stages of {@code scan}, run in order on one {@link ScanRun}: {@link Record} the flow into the project,
 * {@link Conclude} (the active probes against the site, recorded into the same recording, then the rules once,
 * verdicts kept in the project), write the {@link Report}s, print the {@link Summary} and set the exit code from
 * {@code --fail-on}. A target that stopped answering during the probes still gets its reports; the scan then
 * ends with exit 3.
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
        return new ScanPipeline(List.of(new Record(), new Conclude(), new Report(), new Summary()));
    }

    int run(ScanRun run) {
        for (Stage stage : stages) {
            stage.run(run);
        }
        ProbeReport sent = run.inspection.probeReport();
        if (sent.targetUnreachable()) {
            throw new ScanCommand.ScanFailedException("target unreachable during the active probes ("
                    + sent.unreachable() + "); what was recorded is in recording "
                    + run.recorded.recording().id() + " of " + run.project.file()
                    + (run.reports.isEmpty() ? "" : ", reports in " + run.reports.get(0).getParent()));
        }
        return run.exitCode;
    }

    /** Runs the flow with the chosen engine into a new recording. */
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
        }
    }

    /** The probes, recorded into the same recording, then the rules once with their verdicts. */
    static final class Conclude implements Stage {
        @Override
        public void run(ScanRun run) {
            InspectionInputs base = InspectionInputs.NONE.withAuthenticatedUrl(run.flow.authenticatedUri())
                    .withIdleMax(run.options.idleMax()).withAbsoluteMax(run.options.absoluteMax());
            ProbePlan plan = ProbePlan.standard().withIdleMax(run.options.idleMax())
                    .withAbsoluteMax(run.options.absoluteMax())
                    .withSamples(run.options.samples() == null ? 0 : run.options.samples());
            if (run.options.idleMax() != null) {
                run.err.println("  probes: the idle-timeout probe stays idle just over "
                        + run.options.idleMax().toString().substring(2).toLowerCase(Locale.ROOT));
                run.err.flush();
            }
            if (run.options.absoluteMax() != null) {
                run.err.println("  probes: the absolute-timeout probe keeps a session busy just over "
                        + run.options.absoluteMax().toString().substring(2).toLowerCase(Locale.ROOT));
                run.err.flush();
            }
            Concluder concluder = new Concluder(new Analyser(), new Prober(run.env), Concluder.Landing.AT_THE_END);
            try (InspectedRecording recording = InspectedRecording.of(run.project, run.recorded.recording().id())) {
                SignInScript signIn = FlowSignIn.of(run.flow);
                if (!signIn.canSignIn()) { // a browser flow: sign in again as its recording shows
                    signIn = FlowSignIn.of(run.flow, recording.load(), base);
                }
                InspectionInputs inputs = base.withSignIn(signIn);
                run.inspection = concluder.conclude(recording, inputs, plan, new Concluder.Listener() { });
            }
            CheckTable.printProbes(run.err, run.inspection.probeReport());
            run.exitCode = CheckTable.exitCode(run.inspection, run.options.failOn());
        }
    }

    /** Report files for {@code --format} into {@code --out}. */
    static final class Report implements Stage {
        @Override
        public void run(ScanRun run) {
            run.reports = CheckTable.writeReports(run.inspection, run.options.formats(), run.options.out());
        }
    }

    /** Prints the summary of the recording and the failed checks on standard output. */
    static final class Summary implements Stage {
        @Override
        public void run(ScanRun run) {
            ScanSummary.print(run);
            CheckTable.printChecks(run.out, run.inspection, run.reports);
        }
    }
}
