package dev.sessioninspector.cli;

import dev.sessioninspector.inspect.FlowSignIn;
import dev.sessioninspector.inspect.ProbeEnvironment;
import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowFileException;
import dev.sessioninspector.flow.FlowParser;
import dev.sessioninspector.har.HarFormatException;
import dev.sessioninspector.har.HarImport;
import dev.sessioninspector.har.HarImporter;
import dev.sessioninspector.inspect.Analyser;
import dev.sessioninspector.inspect.Concluder;
import dev.sessioninspector.inspect.InspectedRecording;
import dev.sessioninspector.inspect.Inspection;
import dev.sessioninspector.inspect.InspectionInputs;
import dev.sessioninspector.inspect.MemoryRecording;
import dev.sessioninspector.inspect.Prober;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.Severity;
import dev.sessioninspector.probe.ProbePlan;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code analyze INPUT}: the checks of {@code scan} over what was already recorded, a project file ({@code .db},
 * opened read-only; the latest recording unless {@code --recording}) or a HAR (its import warnings on stderr).
 * The verdicts kept with a recording (probe results, token samples, the signed-in page and limits it was judged
 * against) judge it again, so a scanned recording shows the scan's statuses; an option given now wins over a
 * kept setting. No request is sent unless {@code --active}: then the probes run against the recording's origin (with
 * {@code --flow}, they can also sign in again), recorded into the same recording of a project file. Exit codes
 * as {@code scan}: 0, 1 by {@code --fail-on}, 2 bad input (one line), 3 target unreachable.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Checks a recording (.db) or a HAR file: passive rules, and the active probes with --active.")
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "A project file (.db) or a HAR file (.har).")
    Path input;

    @Option(names = "--recording", paramLabel = "ID", description = "Recording of the project file (default: the latest).")
    Long recordingId;

    @Option(names = "--format", paramLabel = "F", split = ",",
            description = "Report format(s): json, html, md, sarif, junit (default: json, html).")
    List<String> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the reports (default: session-inspector-report).")
    Path out;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "high",
            description = "Exit 1 when a finding is at or above this severity (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--active", description = "Also run the active probes against the recorded origin.")
    boolean active;

    @Option(names = "--flow", paramLabel = "FLOW.json",
            description = "With --active: the flow whose login steps the probes may replay to sign in again.")
    Path flow;

    @Option(names = "--idle-max", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Longest acceptable idle time; with --active and --flow, runs the idle-timeout probe.")
    Duration idleMax;

    @Option(names = "--samples", paramLabel = "N", description = "With --active: fresh session IDs to sample.")
    Integer samples;

    ProbeEnvironment env = ProbeEnvironment.defaults();

    @Override
    public Integer call() {
        List<String> checkedFormats = ReportArguments.formats(formats);
        Severity threshold = ReportArguments.failOn(failOn);
        ReportArguments.checkOut(out);
        if (samples != null && (samples < 1 || samples > 1_000_000)) {
            throw new InputException("--samples must be between 1 and 1000000, not " + samples);
        }
        if (!active && (flow != null || samples != null)) {
            throw new InputException((flow != null ? "--flow" : "--samples") + " needs --active");
        }
        InspectionInputs inputs = InspectionInputs.NONE.withIdleMax(idleMax);
        if (flow != null) {
            Flow f = parseFlow(flow);
            inputs = inputs.withAuthenticatedUrl(f.authenticatedUri()).withSignIn(FlowSignIn.of(f));
        }
        if (!Files.isRegularFile(input)) {
            throw new InputException(input + ": no such file");
        }
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        ProbePlan plan = active ? ProbePlan.standard().withIdleMax(idleMax).withSamples(samples == null ? 0 : samples)
                : ProbePlan.none();
        Outcome o;
        if (name.endsWith(".har")) {
            o = fromHar(inputs, plan, stderr);
        } else if (name.endsWith(".db") || name.endsWith(".sqlite")) {
            o = fromProject(inputs, plan);
        } else {
            throw new InputException(input + ": give a project file (.db) or a HAR file (.har)");
        }
        Inspection inspection = o.inspection;
        CheckTable.printProbes(stderr, inspection.probeReport());
        List<Path> files = CheckTable.writeReports(inspection, checkedFormats, out);
        Recording r = inspection.data().recording();
        stdout.println("Analyzed \"" + r.name() + "\" (" + o.source + ", " + inspection.data().exchanges().size()
                + " exchanges)");
        CheckTable.printChecks(stdout, inspection, files);
        if (inspection.probeReport().targetUnreachable()) {
            throw new ScanCommand.ScanFailedException("target unreachable during the active probes ("
                    + inspection.probeReport().unreachable() + "); reports in " + files.get(0).getParent());
        }
        return CheckTable.exitCode(inspection, threshold);
    }

    private record Outcome(Inspection inspection, String source) {
    }

    private Concluder concluder() {
        return new Concluder(new Analyser(), new Prober(env), Concluder.Landing.AT_THE_END);
    }

    private Outcome fromHar(InspectionInputs inputs, ProbePlan plan, PrintWriter stderr) {
        HarImport imported;
        try {
            imported = new HarImporter(Clock.systemUTC()).read(input);
        } catch (HarFormatException e) {
            throw new InputException(input + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException("cannot read " + input + ": " + e.getMessage(), e);
        }
        imported.warnings().forEach(w -> stderr.println("analyze: " + input.getFileName() + ": " + w));
        stderr.flush();
        RecordingData data = checkNotEmpty(imported.data(), "the HAR " + input + " has no entries");
        InspectedRecording recording = InspectedRecording.inMemory(MemoryRecording.continuing(data));
        return new Outcome(concluder().conclude(recording, inputs, plan, new Concluder.Listener() { }), "HAR " + input);
    }

    private Outcome fromProject(InspectionInputs inputs, ProbePlan plan) {
        try (Project project = active ? Project.open(input) : Project.openReadOnly(input)) {
            List<Recording> recordings = project.recordings();
            if (recordings.isEmpty()) {
                throw new InputException(input + " holds no recordings");
            }
            Recording chosen = recordingId == null ? recordings.get(recordings.size() - 1)
                    : recordings.stream().filter(r -> r.id() == recordingId).findFirst()
                            .orElseThrow(() -> new InputException(input + " has no recording " + recordingId
                                    + " (it has " + recordings.stream().map(r -> r.id() + " \"" + r.name() + "\"")
                                            .collect(Collectors.joining(", ")) + ")"));
            checkNotEmpty(project.load(chosen.id()),
                    "recording " + chosen.id() + " of " + input + " has no exchanges: nothing to analyse");
            try (InspectedRecording recording = InspectedRecording.of(project, chosen.id())) {
                Inspection i = concluder().conclude(recording, inputs, plan, new Concluder.Listener() { });
                return new Outcome(i, "recording " + chosen.id() + " of " + project.file());
            }
        } catch (StoreException e) {
            throw new InputException(e.getMessage(), e);
        }
    }

    private static RecordingData checkNotEmpty(RecordingData data, String message) {
        if (data.exchanges().isEmpty()) {
            throw new InputException(message);
        }
        return data;
    }

    private static Flow parseFlow(Path flowFile) {
        try {
            return FlowParser.parse(flowFile);
        } catch (FlowFileException e) {
            throw new InputException(e.getMessage(), e);
        }
    }
}
