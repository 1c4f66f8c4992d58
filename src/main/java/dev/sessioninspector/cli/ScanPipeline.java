package dev.sessioninspector.cli;

import dev.sessioninspector.flow.FlowListener;
import dev.sessioninspector.flow.FlowOptions;
import dev.sessioninspector.flow.FlowRecorder;
import dev.sessioninspector.flow.FlowStep;
import java.time.Clock;
import java.util.List;

/**
 * The stages of {@code scan}, run in order on one {@link ScanRun}. Built now: {@link Record} (run the flow
 * into the project) and {@link Summary} (print what was recorded). To come, between them, each from its own
 * package: passive rules over {@code run.data} (analysis), active probes — the idle-timeout probe with
 * {@code --idle-max}, the token sample with {@code --samples} — (probe), report files for {@code --format}
 * into {@code --out} (report), and the exit code from {@code --fail-on}. {@link #PENDING} names them until then.
 */
final class ScanPipeline {
    /** A stage of the scan. */
    interface Stage {
        void run(ScanRun run);
    }

    /** What {@code scan} does not do yet; printed as a note so nobody mistakes "not run" for "passed". */
    static final List<String> PENDING = List.of("passive rules", "active probes", "reports");

    private final List<Stage> stages;

    ScanPipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    static ScanPipeline standard() {
        return new ScanPipeline(List.of(new Record(), new Summary()));
    }

    int run(ScanRun run) {
        for (Stage stage : stages) {
            stage.run(run);
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
            FlowOptions options = FlowOptions.defaults().withKeepSecrets(run.options.keepSecrets());
            run.recorded = FlowRecorder.record(run.project, run.flow, run.engine, Clock.systemUTC(), options, progress);
            run.data = run.project.load(run.recorded.recording().id());
        }
    }

    /** Prints the summary of the recording on standard output. */
    static final class Summary implements Stage {
        @Override
        public void run(ScanRun run) {
            ScanSummary.print(run);
        }
    }
}
