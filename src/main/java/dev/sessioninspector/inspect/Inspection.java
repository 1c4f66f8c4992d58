package dev.sessioninspector.inspect;

import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.analysis.Rule;
import dev.sessioninspector.model.CheckResult;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.probe.ProbeReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One judgement of a recording: the recording as judged, what it was given, the verdicts it used, the result of
 * one run of the rules (which carries the rules that ran) and what the probes of this session sent.
 *
 * @param probeReport what the probes sent in this session ({@link ProbeReport#empty()} when none ran now; the
 *                    verdicts may still come from an earlier session)
 */
public record Inspection(RecordingData data, InspectionInputs inputs, Verdicts verdicts, AnalysisResult result,
        ProbeReport probeReport) {
    public Inspection {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(verdicts, "verdicts");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(probeReport, "probeReport");
    }

    /** The rules that ran, in check order. */
    public List<Rule> rules() {
        return result.rules();
    }

    public List<CheckResult> checks() {
        return result.checks();
    }

    public List<Finding> findings() {
        return result.findings();
    }

    /** The status of one rule's check, if it ran. */
    public Optional<CheckStatus> status(String rule) {
        return result.check(rule).map(CheckResult::status);
    }

    /** The analysis's notes, then the notes on verdicts that could not be used. */
    public List<String> notes() {
        List<String> all = new ArrayList<>(result.notes());
        all.addAll(verdicts.notes());
        return all;
    }
}
