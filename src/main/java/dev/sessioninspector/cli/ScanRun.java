package dev.sessioninspector.cli;

import dev.sessioninspector.inspect.ProbeEnvironment;
import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowEngine;
import dev.sessioninspector.flow.RecordedFlow;
import dev.sessioninspector.analysis.AnalysisInputs;
import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.probe.ProbeResults;
import dev.sessioninspector.store.Project;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * What the stages of one {@code scan} share: the inputs, and what each stage leaves for the next. A stage
 * reads what earlier stages set and sets its own part; {@link #exitCode} starts at {@link ExitCodes#OK}.
 */
final class ScanRun {
    final ScanOptions options;
    final Flow flow;
    final FlowEngine engine;
    final Project project;
    final PrintWriter out;
    final PrintWriter err;
    final ProbeEnvironment env;

    /** Set by the record stage. */
    RecordedFlow recorded;
    /** Set by the record stage: the recording as stored (what analysis reads). */
    RecordingData data;
    /** Set by the passive analysis stage: what the analysis gets besides the recording. */
    AnalysisInputs inputs = AnalysisInputs.NONE;
    /** Set by the passive analysis stage. */
    AnalysisResult passive;
    /** Set by the probe stage ({@link ProbeResults#NONE} when nothing was probed). */
    ProbeResults probes = ProbeResults.NONE;
    /** Set by the final analysis stage: passive rules with the probes' evidence. */
    AnalysisResult result;
    /** Set by the report stage. */
    List<Path> reports = List.of();
    int exitCode = ExitCodes.OK;

    ScanRun(ScanOptions options, Flow flow, FlowEngine engine, Project project, PrintWriter out, PrintWriter err) {
        this(options, flow, engine, project, out, err, ProbeEnvironment.defaults());
    }

    ScanRun(ScanOptions options, Flow flow, FlowEngine engine, Project project, PrintWriter out, PrintWriter err,
            ProbeEnvironment env) {
        this.env = env;
        this.options = options;
        this.flow = flow;
        this.engine = engine;
        this.project = project;
        this.out = out;
        this.err = err;
    }
}
