package dev.sessioninspector.ui.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.browser.engine.FxRunner;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowContext;
import dev.sessioninspector.flow.FlowOptions;
import dev.sessioninspector.flow.HttpFlowEngine;
import dev.sessioninspector.inspect.Analyser;
import dev.sessioninspector.inspect.Inspection;
import dev.sessioninspector.inspect.InspectionInputs;
import dev.sessioninspector.inspect.MemoryRecording;
import dev.sessioninspector.inspect.ReportExport;
import dev.sessioninspector.inspect.Verdicts;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.probe.ProbeReport;
import dev.sessioninspector.testkit.DemoShopFlows;
import dev.sessioninspector.ui.state.InspectorState;
import dev.sessioninspector.ui.state.ProjectLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Export reports…" writes through {@code inspect.ReportExport}, as {@code scan} and {@code gui --report} do: the
 * inspection on screen with what its probes sent ({@code probes.txt}), or the recording judged afresh when the
 * inspection on screen is of another recording.
 */
class ReportExportFromAppTest {
    @TempDir
    Path dir;

    private static RecordingData record(DemoShop shop) {
        Flow flow = DemoShopFlows.shop(shop.baseUri());
        MemoryRecording sink = new MemoryRecording(new Recording(1, "Tea shop", flow.baseUrl(), Instant.now(), null));
        new HttpFlowEngine().run(flow, new FlowContext(sink, Clock.systemUTC(), FlowOptions.defaults(), null));
        return sink.data();
    }

    private static void export(InspectorState state, ProjectLoader loader, Path out) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        state.messageProperty().addListener((o, a, b) -> done.countDown());
        loader.exportReports(out);
        assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(state.messageProperty().get()).startsWith("Wrote ");
    }

    @Test
    void theInspectionOnScreenIsWrittenWithWhatItsProbesSent() throws Exception {
        RecordingData data;
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak())) {
            data = record(shop);
        }
        Inspection shown = new Analyser().analyse(data, InspectionInputs.NONE, Verdicts.NONE,
                new ProbeReport(List.of(), List.of("logout replay: not sent (stopped)"), null));
        try (InspectorState state = new InspectorState(FxRunner.DIRECT)) {
            ProjectLoader loader = new ProjectLoader(state, Clock.systemUTC());
            loader.setShownInspection(() -> shown);
            state.showRecording(data, shown.result());

            Path same = dir.resolve("same");
            export(state, loader, same);
            assertThat(same.resolve(ReportExport.PROBES_FILE)).exists();
            assertThat(Files.readString(same.resolve(ReportExport.PROBES_FILE))).contains("not sent (stopped)");
            assertThat(same.resolve("report.json")).exists();

            RecordingData later = new RecordingData(data.recording(), data.exchanges().subList(0, 2), data.cookieEvents(),
                    data.markers(), data.storage());
            state.showRecording(later, shown.result());
            Path other = dir.resolve("other");
            export(state, loader, other);
            assertThat(other.resolve(ReportExport.PROBES_FILE)).doesNotExist();
            assertThat(other.resolve("report.json")).exists();
        }
    }
}
