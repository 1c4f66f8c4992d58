package dev.sessioninspector.ui.probes;

import dev.sessioninspector.inspect.MemoryRecording;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.AnalysisEngine;
import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowContext;
import dev.sessioninspector.flow.FlowOptions;
import dev.sessioninspector.flow.HttpFlowEngine;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.testkit.DemoShopFlows;
import dev.sessioninspector.testkit.Fx;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The probes view against the real demo shop: verdicts, countdown, and findings that follow the evidence. */
class ProbesPaneTest {
    private static ExecutorService background;
    private static Stage stage;

    @BeforeAll
    static void start() throws Exception {
        Fx.start();
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "probes-test-bg");
            t.setDaemon(true);
            return t;
        });
        stage = Fx.fx(Stage::new);
    }

    @AfterAll
    static void stop() {
        Fx.run(stage::close);
        background.shutdownNow();
    }

    static RecordingData record(DemoShop shop) {
        Flow flow = DemoShopFlows.shop(shop.baseUri());
        MemoryRecording sink = new MemoryRecording(new Recording(1, "Tea shop", flow.baseUrl(), Instant.now(), null));
        new HttpFlowEngine().run(flow, new FlowContext(sink, Clock.systemUTC(), FlowOptions.defaults(), null));
        return sink.data();
    }

    private record Setup(ProbesPane pane, AtomicReference<RecordingData> data, List<AnalysisResult> published) {
    }

    private Setup show(RecordingData recorded) {
        AtomicReference<RecordingData> data = new AtomicReference<>(recorded);
        List<AnalysisResult> published = new ArrayList<>();
        ProbesPane pane = Fx.fx(() -> {
            ProbesController c = new ProbesController(new MemoryProbeHost(data::get, (d, r) -> {
                data.set(d);
                published.add(r);
            }), background);
            ProbesPane p = new ProbesPane(c);
            p.setPassword(DemoShop.DEMO_PASSWORD);
            stage.setScene(new Scene(p, 1100, 700));
            stage.show();
            return p;
        });
        return new Setup(pane, data, published);
    }

    private static void runAndWait(ProbesPane pane, ProbeKind kind) {
        Fx.run(() -> pane.run(kind));
        Fx.waitUntil(kind + " finished", () -> pane.controller().running().get() == null
                && !pane.verdictText(kind).equals("not run") && !pane.verdictText(kind).equals("running"),
                () -> pane.controller().message().get());
    }

    @Test
    void logoutReplayOnTheWeakShopIsVulnerableAndTheFindingsFollow() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak())) {
            Setup s = show(record(shop));
            AnalysisResult passive = new AnalysisEngine().analyze(s.data().get());
            assertThat(passive.check("session.not-invalidated-at-logout").orElseThrow().status())
                    .isNotEqualTo(CheckStatus.FAIL);

            runAndWait(s.pane(), ProbeKind.LOGOUT_REPLAY);

            assertThat(Fx.fx(() -> s.pane().verdictText(ProbeKind.LOGOUT_REPLAY))).isEqualTo("vulnerable");
            assertThat(s.published()).hasSize(1);
            AnalysisResult after = s.published().get(0);
            assertThat(after.check("session.not-invalidated-at-logout").orElseThrow().status())
                    .isEqualTo(CheckStatus.FAIL);
            long probeExchanges = s.data().get().exchanges().stream()
                    .filter(e -> e.initiator() == Initiator.PROBE).count();
            assertThat(probeExchanges).isPositive();
            assertThat(after.findings("session.not-invalidated-at-logout").get(0).evidence()).isNotEmpty();
        }
    }

    @Test
    void logoutReplayAgainstAShopThatInvalidatesIsSafe() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak().withInvalidateAtLogout(true))) {
            Setup s = show(record(shop));
            runAndWait(s.pane(), ProbeKind.LOGOUT_REPLAY);
            assertThat(Fx.fx(() -> s.pane().verdictText(ProbeKind.LOGOUT_REPLAY))).isEqualTo("safe");
            assertThat(s.published().get(0).check("session.not-invalidated-at-logout").orElseThrow().status())
                    .isEqualTo(CheckStatus.PASS);
        }
    }

    @Test
    void idleProbeCountsDownAndFindsNoTimeoutOnTheWeakShop() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak())) {
            Setup s = show(record(shop));
            Fx.run(() -> s.pane().setIdleSeconds(2));
            Fx.run(() -> s.pane().run(ProbeKind.IDLE_TIMEOUT));
            Fx.waitUntil("a countdown", () -> !s.pane().countdownText().isEmpty(),
                    () -> s.pane().controller().message().get());
            assertThat(Fx.fx(s.pane()::countdownText)).matches("0:0[1-3]");
            Fx.waitUntil("idle probe finished", () -> s.pane().controller().running().get() == null,
                    () -> s.pane().controller().message().get());
            assertThat(Fx.fx(() -> s.pane().verdictText(ProbeKind.IDLE_TIMEOUT)))
                    .as(Fx.fx(() -> s.pane().detailText(ProbeKind.IDLE_TIMEOUT))).isEqualTo("vulnerable");
            assertThat(Fx.fx(s.pane()::countdownText)).isEmpty();
            assertThat(s.published().get(0).check("session.no-idle-timeout").orElseThrow().status())
                    .isEqualTo(CheckStatus.FAIL);
        }
    }

    @Test
    void absoluteProbeCountsDownInItsOwnRowAndFindsNoAbsoluteTimeoutOnTheWeakShop() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak())) {
            Setup s = show(record(shop));
            Fx.run(() -> s.pane().setAbsoluteSeconds(2));
            Fx.run(() -> s.pane().run(ProbeKind.ABSOLUTE_TIMEOUT));
            Fx.waitUntil("a countdown", () -> !s.pane().absoluteCountdownText().isEmpty(),
                    () -> s.pane().controller().message().get());
            assertThat(Fx.fx(s.pane()::absoluteCountdownText)).matches("0:0[0-3]");
            assertThat(Fx.fx(s.pane()::countdownText)).isEmpty();
            Fx.waitUntil("absolute probe finished", () -> s.pane().controller().running().get() == null,
                    () -> s.pane().controller().message().get());
            assertThat(Fx.fx(() -> s.pane().verdictText(ProbeKind.ABSOLUTE_TIMEOUT)))
                    .as(Fx.fx(() -> s.pane().detailText(ProbeKind.ABSOLUTE_TIMEOUT))).isEqualTo("vulnerable");
            assertThat(Fx.fx(s.pane()::absoluteCountdownText)).isEmpty();
            assertThat(s.published().get(0).check("session.no-absolute-timeout").orElseThrow().status())
                    .isEqualTo(CheckStatus.FAIL);
        }
    }
}
