package dev.sessioninspector.cli;

import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowEngine;
import dev.sessioninspector.flow.FlowEngines;
import dev.sessioninspector.flow.FlowFileException;
import dev.sessioninspector.flow.FlowParser;
import dev.sessioninspector.flow.FlowRunException;
import dev.sessioninspector.inspect.ProbeEnvironment;
import dev.sessioninspector.model.Severity;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scan}: runs a flow, records it into a project, analyses it, probes the site, writes the reports and
 * prints the failed checks (see {@link ScanPipeline}). Every input is checked before anything is sent or
 * written: a bad flow, option or project file is exit 2 with one line and no file created. An unreachable
 * target is exit 3 with one line; what was recorded before stays in the project. Otherwise exit 1 when a
 * finding is at or above {@code --fail-on}, else 0.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Runs a flow against a site, records it, checks it (passive rules and active probes) and writes reports.")
final class ScanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--flow", required = true, paramLabel = "FLOW.json", description = "The flow file to run.")
    Path flow;

    @Option(names = "--engine", paramLabel = "http|browser", defaultValue = "http",
            description = "http: send the requests directly; browser: drive the embedded browser (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Project file to record into (default: recordings.db in the app's data folder).")
    Path db;

    @Option(names = "--idle-max", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Longest acceptable idle time, e.g. 30m: runs the idle-timeout probe.")
    Duration idleMax;

    @Option(names = "--absolute-max", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Longest acceptable session lifetime, e.g. 8h: runs the absolute-timeout probe, which keeps "
                    + "a session busy that long.")
    Duration absoluteMax;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "200",
            description = "Fresh session tokens to sample for the ID statistics (default: ${DEFAULT-VALUE}; 0: none).")
    int samples;

    @Option(names = "--rate", paramLabel = "PER_S",
            description = "At most this many probe and token-sample requests per second, across the run (default: 10; "
                    + "0: no limit, e.g. for a server of your own on this machine).")
    Double rate;

    @Option(names = "--format", paramLabel = "F", split = ",",
            description = "Report format(s): json, html, md, sarif, junit (repeat or separate with commas).")
    List<String> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the reports (default: session-inspector-report).")
    Path out;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "high",
            description = "Exit 1 when a finding is at or above this severity: high, medium, low, info (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--keep-secrets",
            description = "Record password-like form fields as typed (default: stored as [masked]).")
    boolean keepSecrets;

    @Override
    public Integer call() {
        ScanOptions options = options();
        FlowEngine flowEngine = FlowEngines.find(options.engine()).orElseThrow(() -> new InputException(
                "the " + options.engine() + " engine is not part of this build (available: "
                        + String.join(", ", FlowEngines.available()) + ")"));
        Flow parsed = parseFlow(options.flow(), flowEngine);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try (Project project = openProject(options.db())) {
            ProbeEnvironment env = rate == null ? ProbeEnvironment.defaults() : ProbeEnvironment.defaults().withRate(rate);
            ScanRun run = new ScanRun(options, parsed, flowEngine, project, stdout, stderr, env);
            int code;
            try {
                code = ScanPipeline.standard().run(run);
            } catch (FlowRunException e) {
                throw new ScanFailedException(e.getMessage() + (e.recordingId() == null ? ""
                        : " (what was recorded is in recording " + e.recordingId() + " of " + project.file() + ")"));
            }
            return code;
        }
    }

    private ScanOptions options() {
        String engineName = engine.toLowerCase(Locale.ROOT);
        if (!engineName.equals(FlowEngines.HTTP) && !engineName.equals(FlowEngines.BROWSER)) {
            throw new InputException("--engine must be http or browser, not '" + engine + "'");
        }
        if (rate != null && (!(rate >= 0) || rate.isInfinite())) {
            throw new InputException("--rate must be a number >= 0 (0: no limit), not " + rate);
        }
        if (samples < 0 || samples > 1_000_000) {
            throw new InputException("--samples must be between 0 and 1000000, not " + samples);
        }
        List<String> checkedFormats = ReportArguments.formats(formats);
        ReportArguments.checkOut(out);
        Severity severity = ReportArguments.failOn(failOn);
        return new ScanOptions(flow, engineName, db, idleMax, absoluteMax, samples, checkedFormats, out, severity,
                keepSecrets);
    }

    private static Flow parseFlow(Path file, FlowEngine engine) {
        Flow parsed;
        try {
            parsed = FlowParser.parse(file);
        } catch (FlowFileException e) {
            throw new InputException(e.getMessage(), e);
        }
        List<String> problems = engine.problems(parsed);
        if (!problems.isEmpty()) {
            throw new InputException("flow file " + file + ": " + problems.get(0));
        }
        return parsed;
    }

    private static Project openProject(Path db) {
        try {
            return db == null ? Project.openDefault() : Project.open(db);
        } catch (StoreException e) {
            throw new InputException(e.getMessage(), e);
        }
    }

    /** The scan could not finish (e.g. the target is unreachable): exit 3. */
    static final class ScanFailedException extends RuntimeException {
        ScanFailedException(String message) {
            super(message);
        }
    }
}
