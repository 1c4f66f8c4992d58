package dev.sessioninspector.ui.probes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.browser.engine.FxRunner;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowEngines;
import dev.sessioninspector.flow.FlowListener;
import dev.sessioninspector.flow.FlowOptions;
import dev.sessioninspector.flow.FlowRecorder;
import dev.sessioninspector.inspect.Inspection;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.probe.ProbePlan;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.testkit.DemoShopFlows;
import dev.sessioninspector.testkit.Fx;
import dev.sessioninspector.ui.state.InspectorState;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a conclusion (Stop, the autopilot) the status line states the project's recordings and the exchanges. */
class ConclusionStatusTest {
    @TempDir
    Path dir;

    @Test
    void theStatusLineCountsRecordingsAndExchangesAfterAConclusion() throws Exception {
        Fx.start();
        ExecutorService background = Executors.newSingleThreadExecutor();
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak()); Project project = Project.open(dir.resolve("weak.db"));
                InspectorState state = new InspectorState(FxRunner.DIRECT)) {
            Flow flow = DemoShopFlows.shop(shop.baseUri());
            project.createRecording("earlier", shop.baseUri());
            long id = FlowRecorder.record(project, flow, FlowEngines.find("http").orElseThrow(),
                    Clock.systemUTC(), FlowOptions.defaults(), new FlowListener() { }).recording().id();
            RecordingData data = project.load(id);
            Conclusions conclusions = new Conclusions(state, background);
            List<List<Recording>> told = new ArrayList<>();
            Fx.run(() -> {
                state.openProject(project);
                state.showMessage("Opened weak.db: 0 recordings");
                conclusions.onProjectRecordings(told::add);
            });

            Inspection last = Fx.fx(() -> conclusions.conclude(data, ProbePlan.only(ProbeKind.LOGOUT_REPLAY, null),
                    r -> { })).get(Fx.TIMEOUT_S, TimeUnit.SECONDS);
            long probes = last.data().exchanges().stream().filter(e -> e.initiator() == Initiator.PROBE).count();
            assertThat(probes).isPositive();
            assertThat(Fx.fx(() -> state.messageProperty().get())).isEqualTo("weak.db: 2 recordings · "
                    + data.recording().name() + ": " + last.data().exchanges().size() + " exchanges (" + probes
                    + " by probes), " + last.findings().size() + " findings");
            assertThat(told).singleElement().satisfies(list -> assertThat(list).hasSize(2));
        } finally {
            background.shutdownNow();
        }
    }
}
