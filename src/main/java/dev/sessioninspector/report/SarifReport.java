package dev.sessioninspector.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.analysis.Framework;
import dev.sessioninspector.analysis.Remediations;
import dev.sessioninspector.analysis.Rule;
import dev.sessioninspector.model.AppVersion;
import dev.sessioninspector.model.CheckResult;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * SARIF 2.1.0 for code-scanning tools: every rule that ran in {@code tool.driver.rules} (ID, descriptions, CWE help
 * link, default level), one result per finding with its level from the severity (high → error,
 * medium → warning, low → note) and one location per evidence URL. Every check's status is kept in the run's
 * properties, so a skipped rule is not mistaken for a clean one.
 */
public final class SarifReport implements ReportWriter {
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String fileName() {
        return "report.sarif";
    }

    @Override
    public void write(AnalysisResult result, RecordingData data, OutputStream out) throws IOException {
        JsonReport.MAPPER.writeValue(out, tree(result, data));
        out.write('\n');
        out.flush();
    }

    static ObjectNode tree(AnalysisResult result, RecordingData data) {
        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", AppVersion.NAME);
        driver.put("version", AppVersion.version());
        driver.put("semanticVersion", AppVersion.version());
        List<Rule> rules = result.rules();
        ArrayNode ruleNodes = driver.putArray("rules");
        for (Rule r : rules) {
            ObjectNode n = ruleNodes.addObject();
            n.put("id", r.id());
            n.put("name", r.title());
            n.putObject("shortDescription").put("text", r.title());
            n.putObject("fullDescription").put("text", r.description());
            n.put("helpUri", "https://cwe.mitre.org/data/definitions/" + r.cwe() + ".html");
            String help = Remediations.forRule(r.id(), result.framework());
            n.putObject("help").put("text", help.isEmpty() ? Remediations.forRule(r.id(), Framework.UNKNOWN) : help);
            n.putObject("defaultConfiguration").put("level", ReportFacts.sarifLevel(r.severity()));
            ObjectNode props = n.putObject("properties");
            ArrayNode tags = props.putArray("tags");
            tags.add("security");
            r.references().forEach(tags::add);
            props.put("security-severity", securitySeverity(r.severity()));
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : result.findings()) {
            ObjectNode n = results.addObject();
            n.put("ruleId", f.rule());
            int index = indexOf(rules, f.rule());
            if (index >= 0) {
                n.put("ruleIndex", index);
            }
            n.put("level", ReportFacts.sarifLevel(f.severity()));
            n.putObject("message").put("text", f.title() + (f.cookie() == null || f.cookie().isEmpty() ? ""
                    : " [" + f.cookie() + "]") + ": " + String.join("; ", f.evidence().stream().map(Evidence::detail).toList()));
            ArrayNode locations = n.putArray("locations");
            Set<String> urls = new LinkedHashSet<>();
            for (Evidence e : f.evidence()) {
                data.exchange(e.exchange()).ifPresent(x -> urls.add(x.url().toString()));
            }
            if (urls.isEmpty()) {
                urls.add(ReportFacts.target(result, data).isEmpty() ? "unknown:" : ReportFacts.target(result, data));
            }
            for (String url : urls) {
                locations.addObject().putObject("physicalLocation").putObject("artifactLocation").put("uri", url);
            }
            ObjectNode props = n.putObject("properties");
            props.put("severity", f.severity().id());
            if (f.cookie() != null) {
                props.put("cookie", f.cookie());
            }
            ArrayNode ex = props.putArray("exchanges");
            f.evidence().forEach(e -> ex.add(e.exchange()));
            ObjectNode fp = n.putObject("partialFingerprints");
            fp.put("sessionInspector/v1", f.rule() + "|" + f.cookie() + "|" + ReportFacts.target(result, data));
        }
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        ArrayNode notes = invocation.putArray("toolExecutionNotifications");
        for (String note : result.notes()) {
            ObjectNode n = notes.addObject();
            n.put("level", "warning");
            n.putObject("message").put("text", note);
        }
        ObjectNode runProps = run.putObject("properties");
        runProps.put("target", ReportFacts.target(result, data));
        runProps.put("framework", result.framework().displayName());
        ArrayNode checks = runProps.putArray("checks");
        for (CheckResult c : result.checks()) {
            ObjectNode n = checks.addObject();
            n.put("rule", c.rule());
            n.put("status", c.status().id());
            n.put("detail", c.detail());
        }
        return root;
    }

    private static int indexOf(List<Rule> rules, String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** GitHub code scanning's numeric scale: high 7.0-8.9, medium 4.0-6.9, low 0.1-3.9. */
    private static String securitySeverity(Severity s) {
        return switch (s) {
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
            case INFO -> "0.0";
        };
    }
}
