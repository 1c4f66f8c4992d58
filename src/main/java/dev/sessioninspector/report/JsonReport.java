package dev.sessioninspector.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.model.AppVersion;
import dev.sessioninspector.model.CheckResult;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.RecordingData;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The JSON report, exactly the shape of DESIGN.md §6: {@code tool}, {@code target}, {@code recording},
 * {@code sessionCookies}, {@code checks} (every rule) and {@code findings}, in that order.
 */
public final class JsonReport implements ReportWriter {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileName() {
        return "report.json";
    }

    @Override
    public void write(AnalysisResult result, RecordingData data, OutputStream out) throws IOException {
        MAPPER.writeValue(out, tree(result, data));
        out.write('\n');
        out.flush();
    }

    /** The report as a JSON tree (used by tests and by callers that embed it). */
    public static ObjectNode tree(AnalysisResult result, RecordingData data) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode tool = root.putObject("tool");
        tool.put("name", AppVersion.NAME);
        tool.put("version", AppVersion.version());
        String target = ReportFacts.target(result, data);
        if (target.isEmpty()) {
            root.putNull("target");
        } else {
            root.put("target", target);
        }
        ObjectNode recording = root.putObject("recording");
        recording.put("id", data.recording().id());
        recording.put("exchanges", data.exchanges().size());
        ArrayNode cookies = root.putArray("sessionCookies");
        result.sessionCookieNames().forEach(cookies::add);
        ArrayNode checks = root.putArray("checks");
        for (CheckResult c : result.checks()) {
            ObjectNode n = checks.addObject();
            n.put("rule", c.rule());
            n.put("status", c.status().id());
            n.put("detail", c.detail());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : result.findings()) {
            ObjectNode n = findings.addObject();
            n.put("rule", f.rule());
            n.put("severity", f.severity().id());
            n.put("title", f.title());
            if (f.cookie() == null) {
                n.putNull("cookie");
            } else {
                n.put("cookie", f.cookie());
            }
            ArrayNode ev = n.putArray("evidence");
            for (Evidence e : f.evidence()) {
                ObjectNode en = ev.addObject();
                en.put("exchange", e.exchange());
                en.put("detail", e.detail());
            }
            n.put("remediation", f.remediation());
            ArrayNode refs = n.putArray("references");
            f.references().forEach(refs::add);
        }
        return root;
    }
}
