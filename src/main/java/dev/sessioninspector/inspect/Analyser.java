package dev.sessioninspector.inspect;

import dev.sessioninspector.analysis.AnalysisEngine;
import dev.sessioninspector.analysis.AnalysisInputs;
import dev.sessioninspector.analysis.EntropyTokenStats;
import dev.sessioninspector.analysis.Rule;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.analysis.SessionModel;
import dev.sessioninspector.model.AnalysisSettings;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.probe.ProbeReport;
import java.util.List;
import java.util.Objects;

/** Analyse: runs the rules once over a recording with its inputs and verdicts. Stateless, thread-safe. */
public final class Analyser {
    private final AnalysisEngine engine;

    /** Every rule of DESIGN.md §6. */
    public Analyser() {
        this(new AnalysisEngine());
    }

    public Analyser(AnalysisEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** The rules this analyser runs. */
    public List<Rule> rules() {
        return engine.rules();
    }

    public Inspection analyse(RecordingData data, InspectionInputs inputs, Verdicts verdicts) {
        return analyse(data, inputs, verdicts, ProbeReport.empty());
    }

    public Inspection analyse(RecordingData data, InspectionInputs inputs, Verdicts verdicts, ProbeReport sent) {
        return new Inspection(data, inputs, verdicts, engine.analyze(data, analysisInputs(inputs, verdicts)), sent);
    }

    /**
     * Judges a recording with what is kept with it: its verdicts, and its settings where {@code given} leaves a
     * gap ({@code data} is the recording as loaded, e.g. by a view that already has it).
     */
    public Inspection analyse(InspectedRecording recording, RecordingData data, InspectionInputs given) {
        return analyse(data, given.over(recording.settings()), recording.verdicts());
    }

    /** The session model the rules see (what the probes aim at), without running the rules. */
    static SessionContext model(RecordingData data, InspectionInputs inputs, Verdicts verdicts) {
        return SessionModel.build(data, analysisInputs(inputs, verdicts), EntropyTokenStats.CALCULATOR);
    }

    static AnalysisInputs analysisInputs(InspectionInputs inputs, Verdicts verdicts) {
        AnalysisSettings s = inputs.settings();
        // s.absoluteMax() reaches the analysis once the absolute-timeout rule (issue 11) takes it.
        return new AnalysisInputs(verdicts.probes(), verdicts.samples(), s.idleMax(), s.authenticatedUrl(),
                s.sessionCookies());
    }
}
