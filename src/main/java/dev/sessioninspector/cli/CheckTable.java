package dev.sessioninspector.cli;

import dev.sessioninspector.inspect.Inspection;
import dev.sessioninspector.inspect.ReportExport;
import dev.sessioninspector.model.CheckResult;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.Severity;
import dev.sessioninspector.probe.ProbeReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What {@code scan} and {@code analyze} print of an inspection, where they write its reports, and the exit code. */
final class CheckTable {
    /** Where reports go without {@code --out}. */
    static final Path DEFAULT_OUT = Path.of("session-inspector-report");

    private CheckTable() {
    }

    /** Writes the reports (and probes.txt when probes ran); a failure is exit 3 with one line. */
    static List<Path> writeReports(Inspection inspection, List<String> formats, Path out) {
        Path dir = out == null ? DEFAULT_OUT : out;
        try {
            return ReportExport.write(inspection, formats, dir);
        } catch (IOException e) {
            throw new ScanCommand.ScanFailedException("cannot write the reports into " + dir + ": " + e.getMessage());
        }
    }

    /** The short table of failed checks, the counts, and where the reports are. */
    static void printChecks(PrintWriter out, Inspection inspection, List<Path> files) {
        var r = inspection.result();
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
        for (String note : inspection.notes()) {
            out.println("  note: " + note);
        }
        if (!files.isEmpty()) {
            out.println("Reports: " + String.join(", ", files.stream().map(Path::toString).toList()));
        }
        out.flush();
    }

    static int exitCode(Inspection inspection, Severity failOn) {
        return inspection.result().hasFindingsAtLeast(failOn) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** Prints what the probes sent on stderr. */
    static void printProbes(PrintWriter err, ProbeReport report) {
        if (report.entries().isEmpty() && report.notes().isEmpty()) {
            return;
        }
        err.println("Active probes (" + report.requestsSent() + " recorded requests):");
        report.lines().forEach(l -> err.println("  " + l));
        err.flush();
    }

    static String shorten(String s, int max) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
