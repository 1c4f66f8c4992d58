package dev.sessioninspector.cli;

import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowEngine;
import dev.sessioninspector.flow.RecordedFlow;
import dev.sessioninspector.inspect.Inspection;
import dev.sessioninspector.inspect.ProbeEnvironment;
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
    /** Set by the conclude stage: the recording as judged, with the probes' verdicts and the rules that ran. */
    Inspection inspection;
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
