package dev.sessioninspector.inspect;

import dev.sessioninspector.analysis.ProbeEvidence;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.TokenSample;
import dev.sessioninspector.probe.ProbePlan;
import dev.sessioninspector.probe.ProbeReport;
import dev.sessioninspector.probe.ProbeResults;
import java.util.List;
import java.util.Objects;

/**
 * Conclude: judges a recording passively, then runs the active plan against its site and judges it again with
 * the verdicts, keeping every verdict with the recording. {@link Landing#EACH_VERDICT} (the app) hands on the
 * passive inspection at once and a new one as each verdict lands; {@link Landing#AT_THE_END} (the command line)
 * loads the recording before and after the probes and runs the rules once.
 */
public final class Concluder {
    /** When the rules run. */
    public enum Landing {
        /** Passive at once, then again after every probe step. */
        EACH_VERDICT,
        /** Once, after the probes. */
        AT_THE_END
    }

    /** Progress of a conclusion; called on the concluding thread. */
    public interface Listener {
        /** A probe step starts ({@code index} from 0). */
        default void step(String what, int index, int count) {
        }

        /** A step's results arrived (what it sent, its verdict). */
        default void probed(ProbeResults step) {
        }

        /** A new judgement of the recording. */
        default void landed(Inspection inspection) {
        }
    }

    private final Analyser analyser;
    private final Prober prober;
    private final Landing landing;

    public Concluder(Analyser analyser, Prober prober, Landing landing) {
        this.analyser = Objects.requireNonNull(analyser, "analyser");
        this.prober = Objects.requireNonNull(prober, "prober");
        this.landing = Objects.requireNonNull(landing, "landing");
    }

    /**
     * Concludes: keeps {@code inputs}' settings with the recording (filling gaps from those kept before), runs
     * the plan (nothing for {@link ProbePlan#none()}: a passive judgement with the kept verdicts) and returns the
     * final inspection.
     */
    public Inspection conclude(InspectedRecording recording, InspectionInputs given, ProbePlan plan, Listener listener) {
        Objects.requireNonNull(listener, "listener");
        InspectionInputs inputs = given.over(recording.settings());
        RecordingData data = recording.load();
        Verdicts verdicts = recording.verdicts();
        boolean active = plan.any() && !data.exchanges().isEmpty();
        if (active && !inputs.settings().equals(recording.settings())) {
            recording.keep(inputs.settings());
        }
        if (!active || landing == Landing.EACH_VERDICT) {
            Inspection passive = analyser.analyse(data, inputs, verdicts);
            listener.landed(passive);
            if (!active) {
                return passive;
            }
        }
        List<ProbePlan> steps = plan.steps();
        Run run = new Run(verdicts);
        listener.step(steps.get(0).describe(), 0, steps.size());
        ProbeResults all = prober.probe(data, inputs, verdicts, plan, recording.probeSink(), step -> {
            run.keep(recording, step);
            listener.probed(step);
            if (landing == Landing.EACH_VERDICT) {
                listener.landed(analyser.analyse(recording.load(), inputs, run.kept, run.sent));
            }
            if (++run.index < steps.size()) {
                listener.step(steps.get(run.index).describe(), run.index, steps.size());
            }
        });
        Inspection last = analyser.analyse(recording.load(), inputs, run.kept, all.report());
        listener.landed(last);
        return last;
    }

    /** What a conclusion has gathered so far. */
    private static final class Run {
        Verdicts kept;
        ProbeReport sent = ProbeReport.empty();
        int index;

        Run(Verdicts kept) {
            this.kept = kept;
        }

        void keep(InspectedRecording recording, ProbeResults step) {
            for (ProbeEvidence e : step.evidence()) {
                recording.keep(e);
                kept = kept.with(e);
            }
            for (TokenSample s : step.samples()) {
                recording.keep(s);
                kept = kept.with(s);
            }
            sent = sent.and(step.report());
        }
    }
}
