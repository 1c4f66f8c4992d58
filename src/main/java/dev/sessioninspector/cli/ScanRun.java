package dev.sessioninspector.cli;

import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowEngine;
import dev.sessioninspector.flow.RecordedFlow;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.store.Project;
import java.io.PrintWriter;

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

    /** Set by the record stage. */
    RecordedFlow recorded;
    /** Set by the record stage: the recording as stored (what analysis reads). */
    RecordingData data;
    int exitCode = ExitCodes.OK;

    ScanRun(ScanOptions options, Flow flow, FlowEngine engine, Project project, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.flow = flow;
        this.engine = engine;
        this.project = project;
        this.out = out;
        this.err = err;
    }
}
