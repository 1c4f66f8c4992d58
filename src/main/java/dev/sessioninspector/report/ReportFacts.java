package dev.sessioninspector.report;

import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.analysis.Rule;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.Severity;

/** Small facts every report format shows the same way. */
final class ReportFacts {
    private ReportFacts() {
    }

    /** The target as text; empty when the recording has none. */
    static String target(AnalysisResult r, RecordingData data) {
        if (r.target() != null) {
            return r.target().toString();
        }
        return data.recording().target() == null ? "" : data.recording().target().toString();
    }

    /** The title of a rule that ran, from the result's own rules. */
    static String title(AnalysisResult r, String ruleId) {
        return r.rule(ruleId).map(Rule::title).orElse(ruleId);
    }

    static String exchangeLabel(RecordingData data, long id) {
        return data.exchange(id).map(e -> e.method() + " " + e.url() + statusSuffix(e)).orElse("exchange " + id);
    }

    private static String statusSuffix(Exchange e) {
        return e.failed() ? " (no response)" : " → " + e.status();
    }

    static String statusWord(CheckStatus s) {
        return s.id();
    }

    static String sarifLevel(Severity s) {
        return switch (s) {
            case HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }
}
