package dev.sessioninspector.ui.exchanges;

import static dev.sessioninspector.testkit.Fx.fx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.flow.FlowEngines;
import dev.sessioninspector.flow.FlowListener;
import dev.sessioninspector.flow.FlowOptions;
import dev.sessioninspector.flow.FlowRecorder;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.testkit.DemoShopFlows;
import dev.sessioninspector.testkit.Fx;
import dev.sessioninspector.ui.state.InspectorState;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exchanges table of a project's recording pages the store without bodies, and the detail loads the selected
 * exchange alone, bodies included.
 */
class ExchangesPagingTest {
    @TempDir
    Path dir;

    @Test
    void pagesComeWithoutBodiesAndTheSelectedRowLoadsItsOwn() throws Exception {
        Fx.start();
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak()); Project project = Project.open(dir.resolve("p.db"));
                InspectorState state = new InspectorState()) {
            long id = FlowRecorder.record(project, DemoShopFlows.shop(shop.baseUri()),
                    FlowEngines.find("http").orElseThrow(), Clock.systemUTC(), FlowOptions.defaults(),
                    new FlowListener() { }).recording().id();
            RecordingData data = project.load(id);
            int n = data.exchanges().size();
            assertThat(n).isGreaterThan(3);

            List<Exchange> paged = new ArrayList<>(project.exchangesWithoutBodies(id, 0, 2));
            paged.addAll(project.exchangesWithoutBodies(id, 2, n));
            assertThat(paged).extracting(Exchange::id).containsExactlyElementsOf(
                    data.exchanges().stream().map(Exchange::id).toList());
            assertThat(paged).allSatisfy(e -> assertThat(e.responseBody().bytes()).isEmpty());
            Exchange withBody = data.exchanges().stream().filter(e -> e.responseBody().bytes().length > 0)
                    .findFirst().orElseThrow();
            Exchange pagedOne = paged.stream().filter(e -> e.id() == withBody.id()).findFirst().orElseThrow();
            assertThat(pagedOne.responseBody().originalSize()).isEqualTo(withBody.responseBody().originalSize());
            assertThat(pagedOne.requestHeaders()).isEqualTo(withBody.requestHeaders());

            ExchangesView view = fx(() -> {
                state.openProject(project);
                state.showRecording(data, null);
                return new ExchangesView(state);
            });
            Fx.waitUntil("every row", () -> fx(() -> view.table().getItems().size()) == n);
            Fx.run(() -> state.selectExchanges(List.of(withBody.id())));
            TextArea response = (TextArea) fx(() -> view.detail().lookup("#detail-response-body"));
            Fx.waitUntil("the selected exchange's body", () -> fx(() -> !response.getText().isEmpty()));
            assertThat(fx(() -> response.getText())).contains("<");
        }
    }
}
