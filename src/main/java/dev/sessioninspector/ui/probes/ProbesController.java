package dev.sessioninspector.ui.probes;

import dev.sessioninspector.analysis.ProbeEvidence;
import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.browser.engine.FxRunner;
import dev.sessioninspector.inspect.Analyser;
import dev.sessioninspector.inspect.FlowSignIn;
import dev.sessioninspector.inspect.InspectedRecording;
import dev.sessioninspector.inspect.Inspection;
import dev.sessioninspector.inspect.InspectionInputs;
import dev.sessioninspector.inspect.Prober;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.probe.ProbePlan;
import dev.sessioninspector.probe.ProbeReport;
import dev.sessioninspector.probe.ProbeResults;
import dev.sessioninspector.ui.state.InspectorState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs the probes one at a time off the FX thread through {@link Prober} (signing in again with
 * {@link FlowSignIn#recorded the recorded login}, as a conclusion after Stop does) and feeds their verdicts back:
 * each verdict is kept with
 * the recording (in the project when one is open), and the recording, now holding the probe's exchanges, is
 * judged again with every verdict kept on it and {@link ProbeHost#publish published}, so the findings follow.
 * Properties change on the FX thread only.
 */
public final class ProbesController {
    /** What a probe row shows. */
    public record Outcome(ProbeKind kind, ProbeEvidence evidence, ProbeReport.Entry entry, List<String> notes) {
    }

    private final ProbeHost host;
    private final Executor background;
    private final FxRunner fx;
    private final Analyser analyser = new Analyser();
    private final Map<ProbeKind, ProbeEvidence> evidence = new EnumMap<>(ProbeKind.class);
    private final ReadOnlyObjectWrapper<ProbeKind> running = new ReadOnlyObjectWrapper<>(this, "running");
    private final ReadOnlyObjectWrapper<Duration> countdown = new ReadOnlyObjectWrapper<>(this, "countdown");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final List<Consumer<Outcome>> listeners = new ArrayList<>();

    /** Results reach the FX thread through {@link FxRunner#PLATFORM}. */
    public ProbesController(ProbeHost host, Executor background) {
        this(host, background, FxRunner.PLATFORM);
    }

    /** Results reach the FX thread through {@code fx} (the app passes its state's runner; tests may pass DIRECT). */
    public ProbesController(ProbeHost host, Executor background, FxRunner fx) {
        this.host = Objects.requireNonNull(host, "host");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    /** The probe running now, or null. */
    public ReadOnlyObjectProperty<ProbeKind> running() {
        return running.getReadOnlyProperty();
    }

    /** Time left of the idle probe's wait while it idles, else null. */
    public ReadOnlyObjectProperty<Duration> countdown() {
        return countdown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Called on the FX thread with each finished probe (after the analysis was published). */
    public void onOutcome(Consumer<Outcome> listener) {
        listeners.add(listener);
    }

    /** Evidence gathered on the current recording, by probe. FX thread. */
    public Map<ProbeKind, ProbeEvidence> evidence() {
        return Map.copyOf(evidence);
    }

    /**
     * Runs one probe in the background (FX thread; ignored while another runs). {@code password} signs in
     * again where the probe needs a fresh session; {@code idleLimit} is the idle or the absolute
     * probe's limit. The verdict is kept
     * with the recording, and the recording is judged again with every verdict kept on it.
     */
    public void run(ProbeKind kind, String password, Duration idleLimit) {
        if (running.get() != null) {
            return;
        }
        RecordingData data = host.recording();
        if (data == null || data.exchanges().isEmpty()) {
            message.set("Nothing recorded yet: record a sign-in and sign-out first");
            return;
        }
        ProbePlan plan;
        try {
            plan = ProbePlan.only(kind, idleLimit);
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        Prober prober = new Prober(host.environment().withSleeper(new CountdownSleeper(left -> fx.run(
                () -> countdown.set(running.get() == null || left.isZero() ? null : left)))));
        InspectionInputs base = host.inputs();
        InspectionInputs given = kind == ProbeKind.IDLE_TIMEOUT ? base.withIdleMax(idleLimit) : base;
        running.set(kind);
        message.set("Running the " + label(kind) + " probe against " + data.recording().target() + " …");
        background.execute(() -> {
            try {
                Inspection after;
                ProbeResults results;
                try (InspectedRecording recording = host.open(data)) {
                    InspectionInputs over = given.over(recording.settings());
                    InspectionInputs inputs = over.withSignIn(FlowSignIn.recorded(data, over, password));
                    results = prober.probe(data, inputs, recording.verdicts(), plan, recording.probeSink(), r -> { });
                    results.evidence().forEach(recording::keep);
                    if (kind == ProbeKind.IDLE_TIMEOUT) {
                        recording.keep(inputs.settings());
                    }
                    after = analyser.analyse(recording.load(), inputs, recording.verdicts(), results.report());
                }
                fx.run(() -> {
                    host.publish(after);
                    running.set(null);
                    countdown.set(null);
                    landed(results);
                    message.set("The " + label(kind) + " probe: " + results.evidence().stream().findFirst()
                            .map(e -> e.verdict().name().toLowerCase(Locale.ROOT)).orElse("no verdict")
                            + "; findings updated (" + after.findings().size() + ")");
                });
            } catch (RuntimeException e) {
                fx.run(() -> {
                    running.set(null);
                    countdown.set(null);
                    message.set("The " + label(kind) + " probe failed: " + InspectorState.oneLine(e));
                });
            }
        });
    }

    /**
     * Shows the results of probes that ran (here or in a conclusion after Stop) on their rows (FX thread): each
     * verdict on the row of its kind, with what was sent.
     */
    public void landed(ProbeResults results) {
        List<ProbeReport.Entry> entries = results.report().entries().stream().filter(en -> en.verdict() != null).toList();
        for (int i = 0; i < results.evidence().size(); i++) {
            ProbeEvidence e = results.evidence().get(i);
            evidence.put(e.kind(), e);
            Outcome outcome = new Outcome(e.kind(), e, i < entries.size() ? entries.get(i) : null,
                    results.report().notes());
            listeners.forEach(l -> l.accept(outcome));
        }
    }

    /** A probe's name for people. */
    public static String label(ProbeKind kind) {
        return switch (kind) {
            case LOGOUT_REPLAY -> "logout replay";
            case FOREIGN_ID -> "foreign ID";
            case IDLE_TIMEOUT -> "idle timeout";
            case URL_ID_ACCEPTED -> "session ID in URL";
            case UNSIGNED_TOKEN -> "unsigned token (alg: none)";
            case ABSOLUTE_TIMEOUT -> "absolute timeout";
        };
    }
}
