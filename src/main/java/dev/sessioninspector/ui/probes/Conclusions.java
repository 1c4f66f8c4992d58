package dev.sessioninspector.ui.probes;

import dev.sessioninspector.inspect.Analyser;
import dev.sessioninspector.inspect.Concluder;
import dev.sessioninspector.inspect.FlowSignIn;
import dev.sessioninspector.inspect.InspectedRecording;
import dev.sessioninspector.inspect.Inspection;
import dev.sessioninspector.inspect.InspectionInputs;
import dev.sessioninspector.inspect.MemoryRecording;
import dev.sessioninspector.inspect.ProbeEnvironment;
import dev.sessioninspector.inspect.Prober;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.TokenSample;
import dev.sessioninspector.probe.ProbePlan;
import dev.sessioninspector.probe.ProbeResults;
import dev.sessioninspector.probe.SignInScript;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.ui.state.InspectorState;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The app's side of {@code inspect}: where the recording on screen keeps its verdicts (the open project, else
 * memory), what it is judged against, and concluding it (passive rules at once, then the probes and a token
 * sample in the background, each verdict reaching the findings as it lands). The last inspection is what
 * {@code gui --report} writes. Properties change on the FX thread only.
 */
public final class Conclusions {
    private final InspectorState state;
    private final Executor background;
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private volatile InspectionInputs inputs = InspectionInputs.NONE;
    private volatile ProbeEnvironment environment = ProbeEnvironment.defaults();
    private volatile String password;
    private Recording memoryKey;
    private InspectedRecording memory;
    private Inspection last;
    private Consumer<List<Recording>> onRecordings = list -> { };

    public Conclusions(InspectorState state, Executor background) {
        this.state = Objects.requireNonNull(state, "state");
        this.background = Objects.requireNonNull(background, "background");
    }

    public InspectorState state() {
        return state;
    }

    /** What recordings are judged against (the demo shop's signed-in page, the idle limit). */
    public InspectionInputs inputs() {
        return inputs;
    }

    public void setInputs(InspectionInputs newInputs) {
        inputs = Objects.requireNonNull(newInputs, "inputs");
    }

    /** The clock, sleeper and TLS trust the probes use (the demo shop over HTTPS adds its trust). */
    public void setEnvironment(ProbeEnvironment env) {
        environment = Objects.requireNonNull(env, "env");
    }

    public ProbeEnvironment environment() {
        return environment;
    }

    /** The password the probes sign in again with, replayed on the recorded login (the demo shop's is known). */
    public void setPassword(String value) {
        password = value == null || value.isEmpty() ? null : value;
    }

    /**
     * The sign-in {@code data} shows, replayed with the password the probes use ({@link FlowSignIn#recorded}), or
     * {@link SignInScript#NONE} without a login to replay or a password. Any thread; reads the recording.
     */
    public SignInScript recordedSignIn(RecordingData data) {
        String pw = password;
        return pw == null || data == null ? SignInScript.NONE : FlowSignIn.recorded(data, inputs, pw);
    }

    /** Told the open project's recordings after each conclusion, on the FX thread (the recording picker). */
    public void onProjectRecordings(Consumer<List<Recording>> listener) {
        onRecordings = Objects.requireNonNull(listener, "listener");
    }

    /** One line on what the conclusion is doing, empty when idle. */
    public ReadOnlyStringProperty progress() {
        return progress.getReadOnlyProperty();
    }

    /** The inspection last shown, or null (FX thread). */
    public Inspection last() {
        return last;
    }

    /**
     * The recording with its kept verdicts: in the open project when it holds the recording and can be written,
     * else in memory (the same one for the same recording, so verdicts accumulate). Any thread.
     */
    public synchronized InspectedRecording open(RecordingData data) {
        Project project = state.project();
        long id = data.recording().id();
        if (project != null && !project.readOnly() && id > 0 && project.recording(id)
                .filter(r -> r.started().equals(data.recording().started())).isPresent()) {
            return InspectedRecording.of(project, id);
        }
        if (memory == null || !sameRecording(memoryKey, data.recording())) {
            memory = InspectedRecording.inMemory(MemoryRecording.continuing(data));
            memoryKey = data.recording();
        }
        return memory;
    }

    private static boolean sameRecording(Recording a, Recording b) {
        return a != null && a.id() == b.id() && a.started().equals(b.started());
    }

    /** Shows an inspection: its recording and its findings (FX thread). */
    public void publish(Inspection inspection) {
        last = inspection;
        state.showAnalysis(inspection.data(), inspection.result());
    }

    /** Keeps a token sample with the recording and judges it again (FX thread). */
    public void keep(RecordingData data, TokenSample sample) {
        InspectionInputs in = inputs;
        state.runInBackground(() -> {
            try (InspectedRecording recording = open(data)) {
                recording.keep(sample);
                return new Analyser().analyse(recording, recording.load(), in);
            }
        }, this::publish);
    }

    /**
     * Concludes a recording in the background: the passive judgement is published at once, then each probe's
     * verdict as it lands ({@code probed} gets each step's results), then the final one. FX thread; the future
     * completes on the FX thread.
     */
    public CompletableFuture<Inspection> conclude(RecordingData data, ProbePlan plan, Consumer<ProbeResults> probed) {
        CompletableFuture<Inspection> done = new CompletableFuture<>();
        InspectionInputs given = inputs;
        String pw = password;
        Concluder concluder = new Concluder(new Analyser(), new Prober(environment), Concluder.Landing.EACH_VERDICT);
        progress.set(plan.any() ? "Concluding: passive rules …" : "");
        Project project = state.project();
        background.execute(() -> {
            try (InspectedRecording recording = open(data)) {
                InspectionInputs in = pw == null ? given : given.withSignIn(FlowSignIn.recorded(data, given, pw));
                Inspection last = concluder.conclude(recording, in, plan, new Concluder.Listener() {
                    @Override
                    public void step(String what, int index, int count) {
                        state.fx().run(() -> progress.set("Concluding: " + what + " (" + (index + 1) + " of "
                                + count + ") …"));
                    }

                    @Override
                    public void probed(ProbeResults step) {
                        state.fx().run(() -> probed.accept(step));
                    }

                    @Override
                    public void landed(Inspection inspection) {
                        state.fx().run(() -> publish(inspection));
                    }
                });
                List<Recording> recordings = project == null ? null : project.recordings();
                state.fx().run(() -> {
                    progress.set("");
                    state.showMessage(summary(project, recordings, last));
                    if (recordings != null) {
                        onRecordings.accept(recordings);
                    }
                    done.complete(last);
                });
            } catch (RuntimeException e) {
                state.fx().run(() -> {
                    progress.set("Concluding failed: " + InspectorState.oneLine(e));
                    done.completeExceptionally(e);
                });
            }
        });
        return done;
    }

    /**
     * The status line after a conclusion: the project's file and recordings, then the concluded recording's
     * exchanges (those the probes sent counted apart) and findings.
     */
    static String summary(Project project, List<Recording> recordings, Inspection inspection) {
        List<Exchange> exchanges = inspection.data().exchanges();
        long probes = exchanges.stream().filter(e -> e.initiator() == Initiator.PROBE).count();
        int findings = inspection.findings().size();
        String where = project == null || recordings == null ? "not saved (no project open)"
                : project.file().getFileName() + ": " + recordings.size() + " recording" + (recordings.size() == 1 ? "" : "s");
        return where + " · " + inspection.data().recording().name() + ": " + exchanges.size() + " exchange"
                + (exchanges.size() == 1 ? "" : "s") + (probes == 0 ? "" : " (" + probes + " by probes)") + ", "
                + findings + " finding" + (findings == 1 ? "" : "s");
    }
}
