package dev.sessioninspector.report;

import dev.sessioninspector.analysis.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sessioninspector.analysis.AnalysisEngine;
import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.analysis.Framework;
import dev.sessioninspector.analysis.Sites;
import dev.sessioninspector.analysis.rules.MissingHttpOnly;
import dev.sessioninspector.model.AppVersion;
import dev.sessioninspector.model.CheckResult;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every report format, against the contract each one has. */
class ReportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RecordingData weak = Sites.weakDemo();
    private final AnalysisResult weakResult = new AnalysisEngine().analyze(weak);

    private static String write(ReportWriter w, AnalysisResult r, RecordingData d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(r, d, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> keys(JsonNode n) {
        List<String> k = new ArrayList<>();
        n.fieldNames().forEachRemaining(k::add);
        return k;
    }

    @Test
    void jsonHasExactlyTheDesignShape() throws IOException {
        JsonNode root = JSON.readTree(write(new JsonReport(), weakResult, weak));
        assertThat(keys(root)).containsExactly("tool", "target", "recording", "sessionCookies", "checks", "findings");
        assertThat(keys(root.get("tool"))).containsExactly("name", "version");
        assertThat(root.at("/tool/name").asText()).isEqualTo("session-inspector");
        assertThat(root.at("/tool/version").asText()).isEqualTo(AppVersion.version());
        assertThat(root.get("target").asText()).isEqualTo("http://127.0.0.1:8080");
        assertThat(keys(root.get("recording"))).containsExactly("id", "exchanges");
        assertThat(root.at("/recording/id").asLong()).isEqualTo(1);
        assertThat(root.at("/recording/exchanges").asInt()).isEqualTo(weak.exchanges().size());
        assertThat(root.get("sessionCookies")).hasSize(1);
        assertThat(root.at("/sessionCookies/0").asText()).isEqualTo("SESSIONID");
        assertThat(root.get("checks")).hasSize(Rules.all().size());
        for (JsonNode c : root.get("checks")) {
            assertThat(keys(c)).containsExactly("rule", "status", "detail");
            assertThat(c.get("status").asText()).isIn("pass", "fail", "inconclusive", "skipped");
        }
        assertThat(root.get("findings")).hasSize(weakResult.findings().size()).isNotEmpty();
        for (JsonNode f : root.get("findings")) {
            assertThat(keys(f)).containsExactly("rule", "severity", "title", "cookie", "evidence", "remediation",
                    "references");
            assertThat(f.get("severity").asText()).isIn("high", "medium", "low", "info");
            assertThat(f.get("evidence")).isNotEmpty();
            for (JsonNode e : f.get("evidence")) {
                assertThat(keys(e)).containsExactly("exchange", "detail");
                assertThat(e.get("exchange").isIntegralNumber()).isTrue();
            }
            assertThat(f.get("references").toString()).contains("CWE-");
        }
        JsonNode rotation = root.get("findings").get(0);
        assertThat(rotation.get("rule").asText()).isEqualTo("session.not-rotated-at-login");
        assertThat(rotation.get("cookie").asText()).isEqualTo("SESSIONID");
        assertThat(rotation.get("references").toString()).isEqualTo("[\"WSTG-SESS-03\",\"ASVS 3.2.1\",\"CWE-384\"]");
    }

    @Test
    void anEmptyRecordingStillReportsEveryRuleAsSkipped() throws IOException {
        RecordingData empty = new RecordingData(new Recording(3, "empty", URI.create("https://x.example"), Instant.EPOCH,
                null), List.of(), List.of(), List.of(), List.of());
        AnalysisResult r = new AnalysisEngine().analyze(empty);
        JsonNode root = JSON.readTree(write(new JsonReport(), r, empty));
        assertThat(root.get("target").asText()).isEqualTo("https://x.example");
        assertThat(root.at("/recording/exchanges").asInt()).isZero();
        assertThat(root.get("checks")).hasSize(Rules.all().size()).allSatisfy(c -> assertThat(c.get("status").asText()).isEqualTo("skipped"));
        for (String f : Reports.formats()) {
            assertThat(write(Reports.forFormat(f), r, empty)).as(f).isNotBlank();
        }
    }

    @Test
    void sarifHasTheRequiredFieldsAndLevelsFromSeverity() throws IOException {
        JsonNode root = JSON.readTree(write(new SarifReport(), weakResult, weak));
        assertThat(root.get("version").asText()).isEqualTo("2.1.0");
        assertThat(root.get("$schema").asText()).contains("sarif-schema-2.1.0");
        JsonNode run = root.at("/runs/0");
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("session-inspector");
        JsonNode rules = run.at("/tool/driver/rules");
        assertThat(rules).hasSize(Rules.all().size());
        List<String> ids = new ArrayList<>();
        for (JsonNode rule : rules) {
            ids.add(rule.get("id").asText());
            assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
            assertThat(rule.get("helpUri").asText()).startsWith("https://cwe.mitre.org/data/definitions/");
            assertThat(rule.at("/defaultConfiguration/level").asText()).isIn("error", "warning", "note");
        }
        JsonNode results = run.get("results");
        assertThat(results).hasSize(weakResult.findings().size());
        for (JsonNode res : results) {
            assertThat(ids).contains(res.get("ruleId").asText());
            assertThat(ids.get(res.get("ruleIndex").asInt())).isEqualTo(res.get("ruleId").asText());
            assertThat(res.at("/message/text").asText()).isNotBlank();
            assertThat(res.get("locations")).isNotEmpty();
            for (JsonNode loc : res.get("locations")) {
                assertThat(loc.at("/physicalLocation/artifactLocation/uri").asText()).startsWith("http://127.0.0.1:8080/");
            }
        }
        assertThat(level(results, "session.not-rotated-at-login")).isEqualTo("error");
        assertThat(level(results, "cookie.missing-httponly")).isEqualTo("warning");
        assertThat(level(results, "transport.session-over-http")).isEqualTo("note"); // low on loopback
        assertThat(run.at("/properties/checks")).hasSize(Rules.all().size());
    }

    private static String level(JsonNode results, String rule) {
        for (JsonNode r : results) {
            if (r.get("ruleId").asText().equals(rule)) {
                return r.get("level").asText();
            }
        }
        throw new AssertionError("no result for " + rule);
    }

    @Test
    void junitIsWellFormedWithOneTestCasePerRule() throws Exception {
        Document doc = parseXml(write(new JUnitReport(), weakResult, weak));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(Rules.all().size());
        long fails = weakResult.count(CheckStatus.FAIL);
        long skips = weakResult.count(CheckStatus.SKIPPED) + weakResult.count(CheckStatus.INCONCLUSIVE);
        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(fails);
        assertThat(doc.getElementsByTagName("skipped").getLength()).isEqualTo(skips);
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(Rules.all().size()));
        assertThat(suite.getAttribute("failures")).isEqualTo(String.valueOf(fails));
        Element first = (Element) cases.item(0);
        assertThat(first.getAttribute("name")).isEqualTo("session.not-rotated-at-login");
        Element failure = (Element) first.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("high");
        assertThat(failure.getTextContent()).contains("#4 POST http://127.0.0.1:8080/login");
        Element skipped = (Element) cases.item(1);
        assertThat(((Element) skipped.getElementsByTagName("skipped").item(0)).getAttribute("message"))
                .startsWith("skipped: needs active probe");
    }

    @Test
    void hostileTextIsEscapedInEveryFormat() throws Exception {
        String evil = "<script>alert(1)</script> & \u0001\"quote\" `tick` | pipe";
        AnalysisResult r = new AnalysisResult(URI.create("https://evil.example"), List.of(), Framework.UNKNOWN, null,
                null, evil, List.of(new CheckResult("cookie.missing-httponly", CheckStatus.FAIL, evil)),
                List.of(new Finding("cookie.missing-httponly", Severity.MEDIUM, evil, evil, List.of(new Evidence(1, evil)),
                        evil, List.of("CWE-1004"))), List.of(evil), List.of(new MissingHttpOnly()));
        String html = write(new HtmlReport(), r, weak);
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;");
        assertThat(html).doesNotContain("\u0001");
        Document junit = parseXml(write(new JUnitReport(), r, weak));
        assertThat(junit.getElementsByTagName("failure").item(0).getTextContent()).contains("<script>alert(1)</script>");
        JsonNode json = JSON.readTree(write(new JsonReport(), r, weak));
        assertThat(json.at("/findings/0/title").asText()).isEqualTo(evil);
        String md = write(new MarkdownReport(), r, weak);
        // outside code spans and blocks, markup is neutralised (inside them renderers show it as text)
        assertThat(md).contains("### [MEDIUM] &lt;script&gt;alert(1)&lt;/script&gt;").contains("> **Note:** &lt;script&gt;");
        assertThat(md.lines().filter(l -> l.startsWith("- #1 ")).findFirst().orElseThrow())
                .contains(": &lt;script&gt;alert(1)&lt;/script&gt; &");
        assertThat(md).doesNotContain("\u0001");
        assertThat(md.lines().filter(l -> l.startsWith("| `cookie.missing-httponly`")).findFirst().orElseThrow())
                .contains("\\| pipe");
    }

    @Test
    void htmlIsSelfContainedWithATimeline() throws IOException {
        String html = write(new HtmlReport(), weakResult, weak);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("<svg")
                .contains("Content-Security-Policy").doesNotContain("<script").doesNotContain("<link")
                .doesNotContain("src=\"http");
        assertThat(count(html, "<section")).isEqualTo(count(html, "</section>"));
        assertThat(count(html, "<article")).isEqualTo(weakResult.findings().size());
        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        assertThat(count(svg, "<circle")).isEqualTo(weak.exchanges().size() + distinctEvidence(weakResult));
        assertThat(svg).contains(">login (detected)<").contains(">logout (detected)<").contains("class=\"mark detected\"")
                .contains("SESSIONID ★");
        assertThat(count(svg, "class=\"ev\"")).isEqualTo(distinctEvidence(weakResult));
        assertThat(svg).contains("deleted SESSIONID");
        assertThat(html).contains("How to fix (unknown)");
    }

    private static int distinctEvidence(AnalysisResult r) {
        return (int) r.findings().stream().flatMap(f -> f.evidence().stream()).map(Evidence::exchange).distinct().count();
    }

    @Test
    void markdownListsEveryCheckAndFinding() throws IOException {
        String md = write(new MarkdownReport(), weakResult, weak);
        assertThat(md).startsWith("# Session Inspector report: http://127.0.0.1:8080");
        assertThat(md.lines().filter(l -> l.startsWith("| `")).count()).isEqualTo(Rules.all().size());
        assertThat(count(md, "\n### [")).isEqualTo(weakResult.findings().size());
        assertThat(md).contains("- #4 `POST http://127.0.0.1:8080/login → 302`");
    }

    @Test
    void writeAllPutsEachFormatInTheFolderAndRejectsUnknownOnesFirst(@TempDir Path dir) throws IOException {
        List<Path> files = Reports.writeAll(List.of("json", "html", "md", "sarif", "junit"), weakResult, weak, dir);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("report.json", "report.html", "report.md", "report.sarif", "junit.xml");
        assertThat(files).allSatisfy(p -> assertThat(Files.size(p)).isPositive());
        try (var list = Files.list(dir)) {
            assertThat(list.count()).isEqualTo(5); // no temporary files left behind
        }
        Path other = dir.resolve("other");
        assertThatThrownBy(() -> Reports.writeAll(List.of("json", "pdf"), weakResult, weak, other))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pdf").hasMessageContaining("sarif");
        assertThat(other).doesNotExist();
    }

    private static Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static int count(String s, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
