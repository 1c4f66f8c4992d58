package dev.sessioninspector.cli;

import dev.sessioninspector.inspect.ProbeEnvironment;
import dev.sessioninspector.analysis.AnalysisEngine;
import dev.sessioninspector.analysis.AnalysisInputs;
import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.analysis.EntropyTokenStats;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.analysis.SessionModel;
import dev.sessioninspector.model.CheckResult;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.OwnerOnly;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.RecordingSink;
import dev.sessioninspector.model.Severity;
import dev.sessioninspector.probe.ProbePlan;
import dev.sessioninspector.probe.ProbeResults;
import dev.sessioninspector.probe.ProbeRunner;
import dev.sessioninspector.probe.ProbeTarget;
import dev.sessioninspector.probe.SignInScript;
import dev.sessioninspector.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What {@code scan} and {@code analyze} share: probing a recording, writing reports, printing the checks. */
final class Checkup {
    /** Where reports go without {@code --out}. */
    static final Path DEFAULT_OUT = Path.of("session-inspector-report");
    /** Report formats without {@code --format}. */
    static final List<String> DEFAULT_FORMATS = List.of("json", "html");

    private Checkup() {
    }

    /**
     * Runs the probes of {@code plan} against the recording's origin, recording their requests into {@code sink};
     * {@link ProbeResults#NONE} for an empty recording.
     */
    static ProbeResults probe(RecordingData data, AnalysisInputs inputs, SignInScript script, ProbePlan plan,
            ProbeEnvironment env, RecordingSink sink) {
        if (data.exchanges().isEmpty() || !plan.any()) {
            return ProbeResults.NONE;
        }
        SessionContext ctx = SessionModel.build(data, inputs, EntropyTokenStats.CALCULATOR);
        ProbeTarget target = ProbeTarget.of(ctx, script);
        ProbeRunner runner = new ProbeRunner(env.policy(target.origin()), env.clock(), env.sleeper(), env.random());
        return runner.run(target, plan, sink);
    }

    static AnalysisResult analyze(RecordingData data, AnalysisInputs inputs, ProbeResults probes) {
        return new AnalysisEngine().analyze(data, inputs.withProbes(probes.evidence()).withSamples(probes.samples()));
    }

    /** Writes the reports and, when probes ran, {@code probes.txt} with what they sent. */
    static List<Path> writeReports(List<String> formats, AnalysisResult result, RecordingData data, ProbeResults probes,
            Path dir) {
        try {
            List<Path> files = new ArrayList<>(Reports.writeAll(formats, result, data, dir));
            if (!probes.report().entries().isEmpty() || !probes.report().notes().isEmpty()) {
                Path p = dir.resolve("probes.txt");
                OwnerOnly.writeLines(p, probes.report().lines());
                files.add(p);
            }
            return files;
        } catch (IOException e) {
            throw new ScanCommand.ScanFailedException("cannot write the reports into " + dir + ": " + e.getMessage());
        }
    }

    /** The short table of failed checks, the counts, and where the reports are. */
    static void printChecks(PrintWriter out, AnalysisResult r, List<Path> files) {
        out.println("Checks: " + r.count(CheckStatus.FAIL) + " failed, " + r.count(CheckStatus.PASS) + " passed, "
                + r.count(CheckStatus.INCONCLUSIVE) + " inconclusive, " + r.count(CheckStatus.SKIPPED) + " skipped"
                + (r.sessionCookieNames().isEmpty() ? "" : " (session cookie: " + String.join(", ", r.sessionCookieNames()) + ")"));
        for (CheckResult c : r.checks()) {
            if (c.status() != CheckStatus.FAIL) {
                continue;
            }
            List<Finding> f = r.findings(c.rule());
            String severity = f.stream().map(Finding::severity).max(Enum::compareTo).map(s -> s.name().toLowerCase(Locale.ROOT))
                    .orElse("");
            out.printf("  FAIL  %-6s  %-34s  %s%n", severity, c.rule(), shorten(c.detail(), 90));
        }
        for (String note : r.notes()) {
            out.println("  note: " + note);
        }
        if (!files.isEmpty()) {
            out.println("Reports: " + String.join(", ", files.stream().map(Path::toString).toList()));
        }
        out.flush();
    }

    static int exitCode(AnalysisResult r, Severity failOn) {
        return r.hasFindingsAtLeast(failOn) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** Prints the probe report (what was sent) on stderr. */
    static void printProbes(PrintWriter err, ProbeResults probes) {
        if (probes.report().entries().isEmpty() && probes.report().notes().isEmpty()) {
            return;
        }
        err.println("Active probes (" + probes.report().requestsSent() + " recorded requests):");
        probes.report().lines().forEach(l -> err.println("  " + l));
        err.flush();
    }

    static String shorten(String s, int max) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
