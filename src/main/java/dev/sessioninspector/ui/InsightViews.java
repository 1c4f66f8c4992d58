package dev.sessioninspector.ui;

import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowParser;
import dev.sessioninspector.flow.FlowOptions;
import dev.sessioninspector.inspect.Inspection;
import dev.sessioninspector.inspect.ProbeEnvironment;
import dev.sessioninspector.inspect.Sampler;
import dev.sessioninspector.model.Origins;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.TokenSample;
import dev.sessioninspector.probe.ProbePlan;
import dev.sessioninspector.probe.SignInScript;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.ui.autopilot.Autopilot;
import dev.sessioninspector.ui.autopilot.AutopilotRecorder;
import dev.sessioninspector.ui.autopilot.CaptureRecorder;
import dev.sessioninspector.ui.entropy.EntropyController;
import dev.sessioninspector.ui.entropy.EntropyPane;
import dev.sessioninspector.ui.entropy.RecordedTokens;
import dev.sessioninspector.ui.entropy.SignInSources;
import dev.sessioninspector.ui.inspect.InspectorTab;
import dev.sessioninspector.ui.inspect.InspectorViews;
import dev.sessioninspector.ui.presenter.PresenterMode;
import dev.sessioninspector.ui.probes.ActiveOrigins;
import dev.sessioninspector.ui.probes.Conclusions;
import dev.sessioninspector.ui.probes.InspectorProbeHost;
import dev.sessioninspector.ui.probes.ProbesController;
import dev.sessioninspector.ui.probes.ProbesPane;
import dev.sessioninspector.ui.state.InspectorState;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;

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
    private final Conclusions conclusions;
    private final SimpleStringProperty autopilotLine = new SimpleStringProperty("");
    private final ActiveOrigins activeOrigins = ActiveOrigins.user();
    private Runnable followPage = () -> { };
    private URI demoOrigin;
    private volatile DemoShop demo;
    /** The recording on screen, for the entropy view's sampler thread (its recorded sign-in). */
    private volatile RecordingData shownRecording;

    private InsightViews(MainWindow window, InspectorViews inspector) {
        this.window = window;
        this.inspector = inspector;
        this.state = inspector.state();
        conclusions = new Conclusions(state, background);
        inspector.loader().setShownInspection(conclusions::last);
        conclusions.onProjectRecordings(list -> inspector.loader().recordings().setAll(list));
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
        entropy.setDialogs(inspector.dialogs());
        entropy.setSignInSources(new SignInSources() {
            @Override
            public SignInScript recorded() {
                return conclusions.recordedSignIn(shownRecording);
            }

            @Override
            public Optional<Flow> demo() {
                DemoShop shop = demo;
                return shop == null ? Optional.empty()
                        : Optional.of(FlowParser.parse(shop.flowJson(), "the demo shop's flow"));
            }
        });
        shownRecording = state.recording();
        state.recordingProperty().addListener((o, was, now) -> shownRecording = now);
        ProbesController probing = new ProbesController(new InspectorProbeHost(conclusions), background,
                conclusions.state().fx());
        probes = new ProbesPane(probing);
        probes.addToToolbar(activeAfterStopBox());
        inspector.addTab(InspectorTab.ENTROPY, entropy);
        inspector.addTab(InspectorTab.PROBES, probes);
        presenter = PresenterMode.install(window);
        window.statusBar().addRight("autopilot-status", autopilotLine);
        window.statusBar().addRight("conclusion-status", conclusions.progress());
        if (inspector.recording() != null) {
            inspector.recording().afterStop(data -> concludeAfterStop(data, activeAfterStop(data)));
        }
    }

    /** Adds the tabs and presenter mode to the window (FX thread). */
    public static InsightViews install(MainWindow window, InspectorViews inspector) {
        return new InsightViews(window, inspector);
    }

    /**
     * Tells the views about the demo shop: its password is known, its signed-in page is /account (/app/api/me for a
     * recording of its single-page section), the probes
     * trust its certificate, and a recording of it is concluded (probes included) when it stops.
     */
    public void demoShop(DemoShop shop) {
        probes.setPassword(DemoShop.DEMO_PASSWORD);
        conclusions.setPassword(DemoShop.DEMO_PASSWORD);
        demoOrigin = shop.baseUri();
        followPage.run();
        demo = shop;
        conclusions.setInputs(conclusions.inputs().withAuthenticatedUrl(shop.baseUri().resolve(DemoShop.SIGNED_IN_PAGE)));
        if (shop.settings().https()) {
            conclusions.setEnvironment(ProbeEnvironment.defaults().trustingOnly(shop.baseUri(), FlowOptions.defaults()
                    .withTls(DemoShop.demoClientContext(), DemoShop.demoTrustManager())));
        }
    }

    /** Where the recording on screen keeps its verdicts, and its last inspection. */
    public Conclusions conclusions() {
        return conclusions;
    }

    /**
     * After Stop (FX thread): the passive rules at once; on the demo shop, or when the user asked for active
     * checks on this origin, then the probes (the idle probe when an idle limit is set) and a token sample in the
     * background, each verdict reaching the findings as it lands.
     */
    public CompletableFuture<Inspection> concludeAfterStop(RecordingData data, boolean active) {
        if (demo != null) { // the shop's signed-in page, or the single-page section's when the recording used its API
            boolean app = data.exchanges().stream().anyMatch(e -> isDemo(e.url())
                    && e.url().getPath().startsWith(DemoShop.APP_SIGNED_IN_PAGE.substring(0, "/app/api/".length())));
            conclusions.setInputs(conclusions.inputs().withAuthenticatedUrl(demo.baseUri().resolve(
                    app ? DemoShop.APP_SIGNED_IN_PAGE : DemoShop.SIGNED_IN_PAGE)));
        }
        Duration idle = conclusions.inputs().settings().idleMax();
        ProbePlan plan = active ? ProbePlan.standard().withIdleMax(idle).withSamples(Sampler.DEFAULT_SIZE)
                : ProbePlan.none();
        return conclusions.conclude(data, plan, probes.controller()::landed).thenApply(this::showSample);
    }

    /** Shows the sample the conclusion took in the Entropy tab, unless the user is sampling there (FX thread). */
    private Inspection showSample(Inspection inspection) {
        List<TokenSample> samples = inspection.verdicts().samples();
        if (!samples.isEmpty() && !entropy.controller().running().get()) {
            TokenSample s = samples.get(samples.size() - 1);
            entropy.controller().analyse(s, "the sample of fresh " + s.name() + " values taken after Stop");
        }
        return inspection;
    }

    /**
     * True when active checks run after Stop on this recording's origin: always on the demo shop, elsewhere when the
     * user ticked "Run active checks after Stop" for that origin.
     */
    public boolean activeAfterStop(RecordingData data) {
        URI target = data.recording().target();
        return target != null && (isDemo(target) || activeOrigins.enabled(target));
    }

    private boolean isDemo(URI url) {
        return demoOrigin != null && url != null && url.getHost() != null && Origins.same(url, demoOrigin);
    }

    /** The "Run active checks after Stop" box: follows the page's origin, remembered per origin, off by default. */
    private CheckBox activeAfterStopBox() {
        CheckBox box = new CheckBox("Run active checks after Stop");
        box.setId("active-after-stop");
        box.setTooltip(new Tooltip("After Stop, replay the session after logout, try a foreign ID and the ID in the "
                + "URL, and sample fresh IDs, against this page's origin only. Remembered for this origin; the demo "
                + "shop always runs them."));
        Runnable follow = () -> {
            URI page = pageUri();
            box.setDisable(page == null || page.getHost() == null || isDemo(page));
            box.setSelected(page != null && (isDemo(page) || activeOrigins.enabled(page)));
        };
        box.setOnAction(e -> activeOrigins.set(pageUri(), box.isSelected()));
        window.browser().location().addListener((o, was, now) -> follow.run());
        follow.run();
        followPage = follow;
        return box;
    }

    private URI pageUri() {
        try {
            String at = window.browser().location().get();
            return at == null || at.isBlank() ? null : URI.create(at);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
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

    /**
     * Plays the demo in the browser (FX thread, the shop's page loaded), recording into the open project (else
     * into memory), then concludes it like Stop does, with an idle limit that suits a talk
     * ({@link Autopilot#TALK_IDLE_LIMIT}), shows the findings and selects the most severe. Completes on the FX
     * thread with the final analysis.
     */
    public CompletableFuture<AnalysisResult> runAutopilot(URI home, Duration pause) {
        Project project = state.project();
        return runAutopilot(home, pause, project != null && !project.readOnly()
                ? CaptureRecorder.into(project, Clock.systemUTC()) : new CaptureRecorder(Clock.systemUTC()));
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
            conclude(data, done);
        });
        return done;
    }

    private void conclude(RecordingData data, CompletableFuture<AnalysisResult> done) {
        if (conclusions.inputs().settings().idleMax() == null) {
            conclusions.setInputs(conclusions.inputs().withIdleMax(Autopilot.TALK_IDLE_LIMIT));
        }
        Duration shopIdle = demo == null ? null : demo.settings().idleTimeout();
        if (shopIdle != null && shopIdle.compareTo(Autopilot.TALK_SHOP_IDLE_TIMEOUT) > 0) {
            // the idle probe waits a few seconds, not the shop's minutes: the shop's own limit shrinks to fit
            demo.update(demo.settings().withIdleTimeout(Autopilot.TALK_SHOP_IDLE_TIMEOUT));
        }
        autopilotLine.set("Autopilot: concluding (probes and a token sample) …");
        inspector.showTab(InspectorTab.FINDINGS);
        concludeAfterStop(data, true).whenComplete((inspection, failure) -> {
            if (failure != null) {
                done.completeExceptionally(failure);
                return;
            }
            showFirstFinding();
            AnalysisResult result = inspection.result();
            autopilotLine.set("Autopilot: " + inspection.data().exchanges().size() + " exchanges, "
                    + result.findings().size() + " findings");
            window.statusBar().show("Autopilot done: signed in, shopped, signed out and concluded; "
                    + result.findings().size() + " findings", false);
            done.complete(result);
        });
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
        RecordingData data = state.recording();
        if (data != null) {
            conclusions.keep(data, sample);
        }
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
