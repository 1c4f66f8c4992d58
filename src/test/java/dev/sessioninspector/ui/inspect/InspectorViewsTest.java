package dev.sessioninspector.ui.inspect;

import static dev.sessioninspector.testkit.Fx.fx;
import static dev.sessioninspector.testkit.Fx.run;
import static dev.sessioninspector.testkit.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.testkit.Fx;
import dev.sessioninspector.ui.exchanges.ExchangeRow;
import dev.sessioninspector.ui.timeline.TimelineCanvas;
import dev.sessioninspector.ui.timeline.TimelinePalette;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.control.TreeItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The inspector views driven headless through the shared state and the robot, as a user would. */
class InspectorViewsTest {
    private final FxRobot robot = new FxRobot();
    private ViewHarness h;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.start();
    }

    @BeforeEach
    void open() {
        h = ViewHarness.open();
    }

    @AfterEach
    void close() throws Exception {
        h.close();
    }

    @Test
    void eachTabCarriesItsIdAndItsShortcutSelectsIt() {
        assertThat(fx(() -> h.views.tabs())).containsExactly(InspectorTab.TIMELINE, InspectorTab.EXCHANGES,
                InspectorTab.COOKIES, InspectorTab.FINDINGS);
        for (InspectorTab tab : List.of(InspectorTab.FINDINGS, InspectorTab.COOKIES, InspectorTab.TIMELINE,
                InspectorTab.EXCHANGES)) {
            run(() -> h.window.stage().getScene().getAccelerators().get(tab.shortcut()).run());
            assertThat(fx(() -> h.views.shownTab())).as("after %s", tab.shortcut().getName()).contains(tab);
            assertThat(fx(() -> h.window.inspectorTabs().getSelectionModel().getSelectedItem().getId()))
                    .isEqualTo(tab.id());
        }
        run(() -> h.views.showTab(InspectorTab.PROBES));
        assertThat(fx(() -> h.views.shownTab())).as("a tab not added is not selected").contains(InspectorTab.EXCHANGES);
    }

    @Test
    void timelineHoverShowsTheExchangeUnderThePointerAndAClickSelectsItEverywhere() {
        h.show(ViewFixtures.synthetic(200));
        run(() -> h.views.showTab(InspectorTab.TIMELINE));
        TimelineCanvas canvas = fx(() -> h.views.timeline().canvas());
        waitUntil("the timeline model", () -> canvas.modelProperty().get() != null && canvas.getWidth() > 0);
        run(() -> canvas.zoom(0.1));
        waitUntil("zoomed", () -> canvas.viewportProperty().get().span() < canvas.modelProperty().get().end() * 0.2);
        int index = fx(() -> canvas.modelProperty().get().firstAtOrAfter((long) canvas.viewportProperty().get().start()) + 3);
        long id = fx(() -> canvas.modelProperty().get().id(index));
        double y = fx(() -> canvas.timelineLayout().exchangeTop() + canvas.timelineLayout().exchangeHeight() / 2);
        Point2D at = fx(() -> canvas.localToScreen(canvas.xOf(index), y));

        assertThat(fx(() -> canvas.hit(canvas.xOf(index), y))).isEqualTo(index);
        assertThat(fx(() -> canvas.hit(canvas.xOf(index), 2))).as("the axis is not an exchange").isEqualTo(-1);
        robot.moveTo(at);
        waitUntil("hover", () -> canvas.hoveredProperty().get() == index);
        assertThat(fx(() -> h.views.timeline().lookup("#timeline-info")).toString()).contains("#" + id + " ");

        robot.clickOn(at, MouseButton.PRIMARY);
        waitUntil("selection", () -> h.state.selection().equals(Set.of(id)));
        run(() -> h.views.showTab(InspectorTab.EXCHANGES));
        waitUntil("table follows", () -> h.views.exchanges().table().getSelectionModel().getSelectedItem() != null);
        assertThat(fx(() -> h.views.exchanges().table().getSelectionModel().getSelectedItem().id())).isEqualTo(id);
        assertThat(fx(() -> h.views.exchanges().detail().lookup("#detail-title").toString())).contains("#" + id);
    }

    @Test
    void theExchangeFilterKeepsOnlyMatchingRows() {
        h.show(ViewFixtures.synthetic(300));
        run(() -> h.views.showTab(InspectorTab.EXCHANGES));
        waitUntil("rows", () -> h.views.exchanges().table().getItems().size() == 300);
        robot.clickOn(fx(() -> h.views.exchanges().filterField()));
        robot.write("post -login");
        waitUntil("filtered", () -> h.views.exchanges().table().getItems().size() < 300);
        List<ExchangeRow> rows = fx(() -> List.copyOf(h.views.exchanges().table().getItems()));
        assertThat(rows).hasSize(300 / 7).allSatisfy(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.url()).doesNotContain("login");
        });
        assertThat(fx(() -> h.views.exchanges().lookup("#exchange-count").toString())).contains("42 of 300");
        run(() -> h.views.exchanges().filterField().setText("404"));
        assertThat(fx(() -> h.views.exchanges().table().getItems())).allSatisfy(r -> assertThat(r.status()).isEqualTo(404));
    }

    @Test
    void selectingAFindingSelectsItsEvidenceInTheTableAndTheTimeline() {
        h.show(ViewFixtures.synthetic(200));
        run(() -> h.views.showTab(InspectorTab.FINDINGS));
        var tree = fx(() -> h.views.findings().tree());
        waitUntil("findings", () -> !tree.getRoot().getChildren().isEmpty());
        assertThat(fx(() -> h.views.findings().summary().getText())).matches("\\d+ (high|medium|low).*");
        TreeItem<Object> group = fx(() -> tree.getRoot().getChildren().get(0));
        TreeItem<Object> item = fx(() -> group.getChildren().get(0));
        Finding finding = (Finding) item.getValue();
        Set<Long> evidence = Set.copyOf(finding.evidence().stream().map(Evidence::exchange).toList());

        run(() -> tree.getSelectionModel().select(item));
        waitUntil("selection", () -> h.state.selection().equals(evidence));
        run(() -> h.views.showTab(InspectorTab.EXCHANGES));
        WaitForFx.events();
        assertThat(fx(() -> h.views.exchanges().table().getSelectionModel().getSelectedItems().stream()
                .map(ExchangeRow::id).toList())).containsExactlyInAnyOrderElementsOf(evidence);
        TimelineCanvas canvas = fx(() -> h.views.timeline().canvas());
        assertThat(fx(() -> TimelineCanvasProbe.selected(canvas))).isEqualTo(evidence);
        assertThat(fx(() -> TimelineCanvasProbe.badged(canvas))).containsAll(evidence);
    }

    @Test
    void cookieHistoryShowsTheRotationAtLoginAndWhoMadeEachChange() {
        h.show(ViewFixtures.synthetic(2500));
        run(() -> h.views.showTab(InspectorTab.COOKIES));
        var cookies = fx(() -> h.views.cookies().cookieTable());
        waitUntil("cookies", () -> cookies.getItems().size() == 2);
        run(() -> cookies.getSelectionModel().select(
                cookies.getItems().stream().filter(c -> c.name().equals("SID")).findFirst().orElseThrow()));
        var history = fx(() -> List.copyOf(h.views.cookies().historyTable().getItems()));
        assertThat(history).hasSize(4);
        assertThat(history.get(1).what()).isEqualTo("new value (rotated)");
        assertThat(history.get(1).event().exchangeId()).isEqualTo((long) ViewFixtures.LOGIN_AT);
        assertThat(fx(() -> h.views.cookies().flagsLabel().getText()))
                .contains("4 values (rotated)").contains("Secure ✗").contains("no HttpOnly");

        run(() -> h.views.cookies().historyTable().getSelectionModel().select(1));
        assertThat(h.state.selection()).containsExactly((long) ViewFixtures.LOGIN_AT);
        run(() -> cookies.getSelectionModel().select(
                cookies.getItems().stream().filter(c -> c.name().equals("theme")).findFirst().orElseThrow()));
        assertThat(fx(() -> h.views.cookies().historyTable().getItems().get(0).event().source().name()))
                .isEqualTo("SCRIPT");
        assertThat(fx(() -> h.views.cookies().flagsLabel().getText())).contains("never rotated");
    }

    @Test
    void openingAProjectShowsItsLatestRecordingAndABrokenHarChangesNothing(@TempDir Path dir) throws Exception {
        Path db = ViewFixtures.recordDemoShop(dir.resolve("shop.db"));
        run(() -> h.views.loader().openProject(db));
        waitUntil("project", () -> h.state.recording() != null && h.state.analysis() != null);
        RecordingData shown = fx(() -> h.state.recording());
        assertThat(shown.exchanges()).hasSizeGreaterThan(5);
        assertThat(fx(() -> h.views.findings().summary().getText())).contains("session cookie: SESSIONID");

        Path broken = dir.resolve("broken.har");
        Files.writeString(broken, "{\"log\": {\"entries\": [ {\"request\": ");
        run(() -> h.views.loader().importHar(broken));
        waitUntil("error", () -> h.window.statusBar().message().contains("broken.har")
                || h.state.messageProperty().get().toLowerCase().contains("har"));
        String message = fx(() -> h.state.messageProperty().get());
        assertThat(message).doesNotContain("\n").isNotBlank();
        assertThat(fx(() -> h.state.recording())).as("nothing lost").isSameAs(shown);
        assertThat(fx(() -> h.state.project())).isNotNull();
    }

    @Test
    void theThemeSwitchTurnsTheWindowAndTheTimelineDark() {
        h.show(ViewFixtures.synthetic(100));
        run(() -> h.views.showTab(InspectorTab.TIMELINE));
        TimelineCanvas canvas = fx(() -> h.views.timeline().canvas());
        waitUntil("model", () -> canvas.modelProperty().get() != null && canvas.getWidth() > 0);
        robot.clickOn(fx(() -> h.window.stage().getScene().lookup("#theme-toggle")));
        waitUntil("dark", () -> h.window.stage().getScene().getRoot().getStyleClass().contains("dark"));
        assertThat(fx(() -> canvas.paletteProperty().get())).isSameAs(TimelinePalette.DARK);
        WaitForFx.events();
        Color bg = fx(() -> {
            canvas.paintNow();
            WritableImage img = canvas.snapshot(null, null);
            return img.getPixelReader().getColor(5, (int) img.getHeight() - 3);
        });
        assertThat(bg.getBrightness()).as("dark background").isLessThan(0.3);
        robot.clickOn(fx(() -> h.window.stage().getScene().lookup("#theme-toggle")));
        waitUntil("light", () -> !h.window.stage().getScene().getRoot().getStyleClass().contains("dark"));
        assertThat(fx(() -> canvas.paletteProperty().get())).isSameAs(TimelinePalette.LIGHT);
    }
}
