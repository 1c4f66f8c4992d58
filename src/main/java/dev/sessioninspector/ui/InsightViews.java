package dev.sessioninspector.ui;

import dev.sessioninspector.analysis.AnalysisEngine;
import dev.sessioninspector.analysis.AnalysisInputs;
import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.TokenSample;
import dev.sessioninspector.ui.autopilot.Autopilot;
import dev.sessioninspector.ui.autopilot.AutopilotRecorder;
import dev.sessioninspector.ui.autopilot.CaptureRecorder;
import dev.sessioninspector.ui.entropy.EntropyController;
import dev.sessioninspector.ui.entropy.EntropyPane;
import dev.sessioninspector.ui.entropy.RecordedTokens;
import dev.sessioninspector.ui.inspect.InspectorState;
import dev.sessioninspector.ui.inspect.InspectorViews;
import dev.sessioninspector.ui.presenter.PresenterMode;
import dev.sessioninspector.ui.probes.InspectorProbeHost;
import dev.sessioninspector.ui.probes.ProbeWorkbench;
import dev.sessioninspector.ui.probes.ProbesController;
import dev.sessioninspector.ui.probes.ProbesPane;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The entropy and probes tabs, presenter mode and the autopilot, wired to the inspector's shared state:
 * tokens come from the recording on screen, samples and probe evidence re-run its analysis, and the
 * findings view follows. {@link #close} stops the background threads.
 */
public final class InsightViews implements AutoCloseable {
    private final MainWindow window;
    private final InspectorViews inspector;
    private final InspectorState state;
    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "insight-background");
        t.setDaemon(true);
        return t;
    });
    private final EntropyPane entropy;
    private final ProbesPane probes;
    private final PresenterMode presenter;
    private final List<TokenSample> samples = new ArrayList<>();
    private final SimpleStringProperty autopilotLine = new SimpleStringProperty("");
    private URI authenticatedUrl;

    private InsightViews(MainWindow window, InspectorViews inspector) {
        this.window = window;
        this.inspector = inspector;
        this.state = inspector.state();
        entropy = new EntropyPane(new EntropyController(background, Clock.systemUTC()));
        entropy.setRecordedTokens(() -> state.recording() == null || state.analysis() == null ? List.of()
                : RecordedTokens.of(state.recording(), state.analysis().sessionCookieNames()));
        entropy.setSampleTarget(() -> {
            if (state.recording() == null || state.analysis() == null
                    || state.analysis().sessionCookieNames().isEmpty() || state.recording().recording().target() == null) {
                return Optional.empty();
            }
            URI target = state.recording().recording().target();
            return Optional.of(new EntropyPane.SampleTarget(target.resolve("/"),
                    state.analysis().sessionCookieNames().get(0)));
        });
        entropy.controller().onSample(this::sampled);
        ProbesController probing = new ProbesController(new InspectorProbeHost(state, this::inputs), background,
                new ProbeWorkbench(Clock.systemUTC(), new SecureRandom()));
        probes = new ProbesPane(probing);
        inspector.addTab("Entropy", entropy, "Token statistics of the session IDs, or of a fresh sample (Ctrl+5)");
        inspector.addTab("Probes", probes, "Active checks against the recorded site (Ctrl+6)");
        presenter = PresenterMode.install(window);
        var acc = window.stage().getScene().getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN), () -> inspector.showTab("Entropy"));
        acc.put(new KeyCodeCombination(KeyCode.DIGIT6, KeyCombination.SHORTCUT_DOWN), () -> inspector.showTab("Probes"));
        window.statusBar().addRight("autopilot-status", autopilotLine);
    }

    /** Adds the tabs and presenter mode to the window (FX thread). */
    public static InsightViews install(MainWindow window, InspectorViews inspector) {
        return new InsightViews(window, inspector);
    }

    /** Tells the views about the demo shop: its password is known, its signed-in page is /account. */
    public void demoShop(DemoShop shop) {
        probes.setPassword(DemoShop.DEMO_PASSWORD);
        authenticatedUrl = shop.baseUri().resolve("/account");
    }

    public EntropyPane entropy() {
        return entropy;
    }

    public ProbesPane probes() {
        return probes;
    }

    public PresenterMode presenter() {
        return presenter;
    }

    /** What the analysis is run with besides probe evidence: samples taken, the demo's signed-in page. */
    public AnalysisInputs inputs() {
        AnalysisInputs in = AnalysisInputs.NONE.withSamples(List.copyOf(samples));
        return authenticatedUrl == null ? in : in.withAuthenticatedUrl(authenticatedUrl);
    }

    /**
     * Plays the demo in the browser (FX thread, the shop's page loaded), then analyses the recording, shows
     * it and selects the findings. Completes on the FX thread with the analysis.
     */
    public CompletableFuture<AnalysisResult> runAutopilot(URI home, Duration pause) {
        return runAutopilot(home, pause, new CaptureRecorder(Clock.systemUTC()));
    }

    public CompletableFuture<AnalysisResult> runAutopilot(URI home, Duration pause, AutopilotRecorder recorder) {
        CompletableFuture<AnalysisResult> done = new CompletableFuture<>();
        Autopilot pilot = new Autopilot(window.browser(), recorder, pause, line -> {
            autopilotLine.set(line);
            window.statusBar().show(line, line.startsWith("Autopilot stopped"));
        });
        pilot.run(home).whenComplete((data, failure) -> {
            if (failure != null) {
                done.completeExceptionally(failure);
                return;
            }
            publish(data, done);
        });
        return done;
    }

    private void publish(RecordingData data, CompletableFuture<AnalysisResult> done) {
        AnalysisInputs in = inputs();
        state.runInBackground(() -> new AnalysisEngine().analyze(data, in), result -> {
            state.analysisProperty().set(null);
            state.recordingProperty().set(data);
            state.analysisProperty().set(result);
            inspector.showTab("Findings");
            showFirstFinding();
            autopilotLine.set("Autopilot: " + data.exchanges().size() + " exchanges, " + result.findings().size()
                    + " findings");
            window.statusBar().show("Autopilot done: signed in, shopped and signed out; "
                    + result.findings().size() + " findings", false);
            done.complete(result);
        }, done::completeExceptionally);
    }

    /** Gives the inspector most of the height and opens the most severe finding (the show's last scene). */
    public void showFirstFinding() {
        javafx.scene.Node split = window.stage().getScene().getRoot().lookup(".workspace");
        if (split instanceof javafx.scene.control.SplitPane workspace && workspace.getDividers().size() == 1) {
            workspace.setDividerPositions(0.42);
        }
        var tree = inspector.findings().tree();
        var root = tree.getRoot();
        if (root != null && !root.getChildren().isEmpty() && !root.getChildren().get(0).getChildren().isEmpty()) {
            root.getChildren().get(0).setExpanded(true);
            tree.getSelectionModel().select(root.getChildren().get(0).getChildren().get(0));
        }
    }

    private void sampled(TokenSample sample) {
        samples.removeIf(s -> s.name().equals(sample.name()));
        samples.add(sample);
        RecordingData data = state.recording();
        if (data == null) {
            return;
        }
        AnalysisInputs in = inputs().withProbes(List.copyOf(probes.controller().evidence().values()));
        state.runInBackground(() -> new AnalysisEngine().analyze(data, in), result -> {
            if (state.recording() == data) {
                state.analysisProperty().set(result);
            }
        });
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
