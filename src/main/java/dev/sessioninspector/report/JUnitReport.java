package dev.sessioninspector.report;

import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.model.CheckResult;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.RecordingData;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI gates: one test case per rule. A failed check is a {@code <failure>} carrying its
 * findings and evidence; a skipped or inconclusive one is {@code <skipped>} with the reason; a passed one is a
 * plain test case with its detail in {@code <system-out>}.
 */
public final class JUnitReport implements ReportWriter {
    @Override
    public String format() {
        return "junit";
    }

    @Override
    public String fileName() {
        return "junit.xml";
    }

    @Override
    public void write(AnalysisResult result, RecordingData data, OutputStream out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            long failures = result.count(CheckStatus.FAIL);
            long skipped = result.count(CheckStatus.SKIPPED) + result.count(CheckStatus.INCONCLUSIVE);
            String tests = String.valueOf(result.checks().size());
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "session-inspector");
            x.writeAttribute("tests", tests);
            x.writeAttribute("failures", String.valueOf(failures));
            x.writeAttribute("errors", "0");
            x.writeAttribute("skipped", String.valueOf(skipped));
            x.writeCharacters("\n  ");
            x.writeStartElement("testsuite");
            String target = ReportFacts.target(result, data);
            x.writeAttribute("name", safe("session-inspector" + (target.isEmpty() ? "" : " " + target)));
            x.writeAttribute("tests", tests);
            x.writeAttribute("failures", String.valueOf(failures));
            x.writeAttribute("errors", "0");
            x.writeAttribute("skipped", String.valueOf(skipped));
            x.writeAttribute("timestamp", data.recording().started().toString());
            for (CheckResult c : result.checks()) {
                x.writeCharacters("\n    ");
                testCase(x, c, result.findings(c.rule()), data);
            }
            if (!result.notes().isEmpty()) {
                x.writeCharacters("\n    ");
                x.writeStartElement("system-err");
                x.writeCharacters(safe(String.join("\n", result.notes())));
                x.writeEndElement();
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("could not write the JUnit report: " + e.getMessage(), e);
        }
    }

    private static void testCase(XMLStreamWriter x, CheckResult c, List<Finding> findings, RecordingData data)
            throws XMLStreamException {
        x.writeStartElement("testcase");
        x.writeAttribute("classname", "session-inspector." + c.rule().substring(0, Math.max(0, c.rule().indexOf('.'))));
        x.writeAttribute("name", c.rule());
        x.writeAttribute("time", "0");
        switch (c.status()) {
            case FAIL -> {
                x.writeStartElement("failure");
                String severity = findings.stream().map(f -> f.severity().id()).findFirst().orElse("");
                x.writeAttribute("type", severity);
                x.writeAttribute("message", safe(c.detail()));
                x.writeCharacters(safe(failureText(findings, data)));
                x.writeEndElement();
            }
            case SKIPPED, INCONCLUSIVE -> {
                x.writeEmptyElement("skipped");
                x.writeAttribute("message", safe(c.status().id() + ": " + c.detail()));
            }
            case PASS -> {
                x.writeStartElement("system-out");
                x.writeCharacters(safe(c.detail()));
                x.writeEndElement();
            }
            default -> throw new IllegalStateException();
        }
        x.writeEndElement();
    }

    private static String failureText(List<Finding> findings, RecordingData data) {
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            b.append('[').append(f.severity().id()).append("] ").append(f.title());
            if (f.cookie() != null && !f.cookie().isEmpty()) {
                b.append(" (").append(f.cookie()).append(')');
            }
            b.append('\n');
            for (Evidence e : f.evidence()) {
                b.append("  #").append(e.exchange()).append(' ').append(ReportFacts.exchangeLabel(data, e.exchange()))
                        .append(": ").append(e.detail()).append('\n');
            }
            b.append("  references: ").append(String.join(", ", f.references())).append('\n');
        }
        return b.toString();
    }

    /** Replaces characters XML 1.0 cannot carry (control characters, lone surrogates) with U+FFFD. */
    static String safe(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else {
                b.append(ok ? c : '\uFFFD');
            }
        }
        return b.toString();
    }
}
