package dev.sessioninspector.report;

import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.analysis.SessionCookie;
import dev.sessioninspector.model.AppVersion;
import dev.sessioninspector.model.CheckResult;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.RecordingData;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** A Markdown report for pull requests and tickets: summary, every check, findings with evidence and fixes. */
public final class MarkdownReport implements ReportWriter {
    @Override
    public String format() {
        return "md";
    }

    @Override
    public String fileName() {
        return "report.md";
    }

    @Override
    public void write(AnalysisResult result, RecordingData data, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(render(result, data));
        w.flush();
    }

    static String render(AnalysisResult r, RecordingData data) {
        StringBuilder b = new StringBuilder();
        String target = ReportFacts.target(r, data);
        b.append("# Session Inspector report").append(target.isEmpty() ? "" : ": " + inline(target)).append("\n\n");
        b.append("- Tool: ").append(AppVersion.NAME).append(' ').append(AppVersion.version()).append('\n');
        b.append("- Recording: #").append(data.recording().id()).append(" ").append(inline(data.recording().name()))
                .append(", ").append(data.exchanges().size()).append(" exchanges\n");
        b.append("- Framework: ").append(r.framework().displayName()).append('\n');
        b.append("- Session credentials: ").append(r.sessionCookies().isEmpty() ? "none identified"
                : String.join(", ", r.sessionCookies().stream().map(MarkdownReport::cookie).toList())).append('\n');
        b.append("- Login: ").append(r.loginPoint().map(p -> "exchange " + p.exchangeId() + " (" + p.reason() + ")")
                .orElse("not found")).append('\n');
        b.append("- Logout: ").append(r.logoutPoint().map(p -> "exchange " + p.exchangeId() + " (" + p.reason() + ")")
                .orElse("not found")).append('\n');
        if (!r.oracle().isEmpty()) {
            b.append("- Signed-in oracle: ").append(inline(r.oracle())).append('\n');
        }
        b.append("- Checks: ").append(r.count(CheckStatus.FAIL)).append(" failed, ").append(r.count(CheckStatus.PASS))
                .append(" passed, ").append(r.count(CheckStatus.INCONCLUSIVE)).append(" inconclusive, ")
                .append(r.count(CheckStatus.SKIPPED)).append(" skipped\n");
        for (String note : r.notes()) {
            b.append("\n> **Note:** ").append(inline(note)).append('\n');
        }
        b.append("\n## Checks\n\n| Rule | Status | Detail |\n|---|---|---|\n");
        for (CheckResult c : r.checks()) {
            b.append("| `").append(c.rule()).append("` | ").append(statusBadge(c.status())).append(" | ")
                    .append(cell(c.detail())).append(" |\n");
        }
        b.append("\n## Findings\n\n");
        if (r.findings().isEmpty()) {
            b.append("No findings.\n");
        }
        for (Finding f : r.findings()) {
            b.append("### [").append(f.severity().id().toUpperCase(java.util.Locale.ROOT)).append("] ")
                    .append(inline(f.title())).append("\n\n");
            b.append("Rule `").append(f.rule()).append('`');
            if (f.cookie() != null && !f.cookie().isEmpty()) {
                b.append(", cookie ").append(code(f.cookie()));
            }
            b.append(". References: ").append(String.join(", ", f.references())).append(".\n\n");
            b.append("Evidence:\n\n");
            for (Evidence e : f.evidence()) {
                b.append("- #").append(e.exchange()).append(' ').append(code(ReportFacts.exchangeLabel(data, e.exchange())))
                        .append(": ").append(inline(e.detail())).append('\n');
            }
            b.append("\nRemediation (").append(r.framework().displayName()).append("):\n\n```text\n")
                    .append(JUnitReport.safe(f.remediation()).replace("```", "'''")).append("\n```\n\n");
        }
        return b.toString();
    }

    private static String cookie(SessionCookie c) {
        return (c.token() ? "token in header " : "cookie ") + code(c.name()) + " (" + String.join(", ", c.reasons()) + ")";
    }

    private static String statusBadge(CheckStatus s) {
        return switch (s) {
            case PASS -> "pass";
            case FAIL -> "**FAIL**";
            case INCONCLUSIVE -> "inconclusive";
            case SKIPPED -> "skipped";
        };
    }

    /** An inline code span: backticks and line breaks cannot end it early. */
    static String code(String s) {
        return "`" + JUnitReport.safe(s).replace("`", "'").replace("\n", " ").replace("\r", " ") + "`";
    }

    /** Text that must not start Markdown constructs or HTML: angle brackets and backslashes neutralised. */
    static String inline(String s) {
        return JUnitReport.safe(s).replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\n", " ").replace("\r", " ");
    }

    private static String cell(String s) {
        return inline(s).replace("|", "\\|");
    }
}
