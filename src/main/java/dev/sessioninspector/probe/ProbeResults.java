package dev.sessioninspector.probe;

import dev.sessioninspector.analysis.ProbeEvidence;
import dev.sessioninspector.model.TokenSample;
import java.util.List;
import java.util.Objects;

/** What a probe run hands to the analysis (evidence, samples) and to the user (the report). */
public record ProbeResults(List<ProbeEvidence> evidence, List<TokenSample> samples, ProbeReport report) {
    public static final ProbeResults NONE = new ProbeResults(List.of(), List.of(),
            new ProbeReport(List.of(), List.of(), null));

    public ProbeResults {
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
        samples = List.copyOf(Objects.requireNonNull(samples, "samples"));
        Objects.requireNonNull(report, "report");
    }
}
