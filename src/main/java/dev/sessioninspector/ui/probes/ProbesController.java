package dev.sessioninspector.ui.probes;

import dev.sessioninspector.browser.FxRunner;
import dev.sessioninspector.analysis.AnalysisEngine;
import dev.sessioninspector.analysis.AnalysisInputs;
import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.analysis.ProbeEvidence;
import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.RecordingSink;
import dev.sessioninspector.probe.ProbeReport;
import dev.sessioninspector.probe.ProbeResults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs the probes one at a time off the FX thread and feeds their evidence back: after each probe the
 * recording (now holding the probe's exchanges) is analysed again with the evidence of every probe run on
 * it so far, and {@link ProbeHost#publish published}, so the findings follow. Properties change on the FX
 * thread only.
 */
public final class ProbesController {
    /** What a probe row shows. */
    public record Outcome(ProbeKind kind, ProbeEvidence evidence, ProbeReport.Entry entry, List<String> notes) {
    }

    private final ProbeHost host;
    private final Executor background;
    private final ProbeWorkbench workbench;
    private final AnalysisEngine engine = new AnalysisEngine();
    private final Map<ProbeKind, ProbeEvidence> evidence = new EnumMap<>(ProbeKind.class);
    private final ReadOnlyObjectWrapper<ProbeKind> running = new ReadOnlyObjectWrapper<>(this, "running");
    private final ReadOnlyObjectWrapper<Duration> countdown = new ReadOnlyObjectWrapper<>(this, "countdown");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final List<Consumer<Outcome>> listeners = new ArrayList<>();
    private Recording probed;
    private Duration idleMax;

    public ProbesController(ProbeHost host, Executor background, ProbeWorkbench workbench) {
        this.host = Objects.requireNonNull(host, "host");
        this.background = Objects.requireNonNull(background, "background");
        this.workbench = Objects.requireNonNull(workbench, "workbench");
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
     * again where the probe needs a fresh session; {@code idleLimit} is for the idle probe.
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
        if (!data.recording().equals(probed)) {
            evidence.clear();
            idleMax = null;
            probed = data.recording();
        }
        ProbeWorkbench.Request request;
        try {
            request = new ProbeWorkbench.Request(kind, password, idleLimit,
                    new CountdownSleeper(left -> FxRunner.PLATFORM.run(() -> countdown.set(
                            running.get() == null || left.isZero() ? null : left))));
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        AnalysisInputs base = host.inputs();
        running.set(kind);
        message.set("Running the " + label(kind) + " probe against " + data.recording().target() + " …");
        background.execute(() -> {
            try {
                RecordingSink sink = host.open(data);
                ProbeResults results;
                RecordingData after;
                try {
                    results = workbench.run(request, data, base, sink);
                } finally {
                    after = host.close(data, sink);
                }
                RecordingData probedData = after;
                ProbeResults probeResults = results;
                FxRunner.PLATFORM.run(() -> analyse(kind, probedData, probeResults, base, idleLimit));
            } catch (RuntimeException e) {
                FxRunner.PLATFORM.run(() -> {
                    running.set(null);
                    countdown.set(null);
                    message.set("The " + label(kind) + " probe failed: " + e.getMessage());
                });
            }
        });
    }

    private void analyse(ProbeKind kind, RecordingData data, ProbeResults results, AnalysisInputs base,
            Duration idleLimit) {
        results.evidence().forEach(e -> evidence.put(e.kind(), e));
        if (kind == ProbeKind.IDLE_TIMEOUT) {
            idleMax = idleLimit;
        }
        AnalysisInputs inputs = base.withProbes(List.copyOf(evidence.values()));
        if (idleMax != null) {
            inputs = inputs.withIdleMax(idleMax);
        }
        AnalysisInputs finalInputs = inputs;
        background.execute(() -> {
            AnalysisResult result;
            try {
                result = engine.analyze(data, finalInputs);
            } catch (RuntimeException ex) {
                FxRunner.PLATFORM.run(() -> {
                    running.set(null);
                    countdown.set(null);
                    message.set("The analysis after the " + label(kind) + " probe failed: " + ex.getMessage());
                });
                return;
            }
            FxRunner.PLATFORM.run(() -> {
                host.publish(data, result);
                running.set(null);
                countdown.set(null);
                ProbeEvidence e = evidence.get(kind);
                ProbeReport.Entry entry = results.report().entries().isEmpty() ? null
                        : results.report().entries().get(0);
                message.set("The " + label(kind) + " probe: " + (e == null ? "no result"
                        : e.verdict().name().toLowerCase()) + "; findings updated (" + result.findings().size()
                        + ")");
                Outcome outcome = new Outcome(kind, e, entry, results.report().notes());
                listeners.forEach(l -> l.accept(outcome));
            });
        });
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
