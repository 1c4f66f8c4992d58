package dev.sessioninspector.ui.inspect;

import static dev.sessioninspector.testkit.Fx.fx;
import static dev.sessioninspector.testkit.Fx.run;
import static dev.sessioninspector.testkit.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.testkit.Fx;
import dev.sessioninspector.ui.state.Dialogs;
import java.nio.file.Path;
import java.util.Optional;
import javafx.concurrent.Worker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Record, mark and stop in the real window on the demo shop: live counters, live views, then findings. */
class RecordingControlsTest {
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.start();
    }

    @Test
    void recordingTheDemoShopCountsLiveThenAnalysesOnStop(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("rec.db");
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak()); ViewHarness h = ViewHarness.open()) {
            RecordingControls controls = fx(() -> h.views.installRecording(() -> Project.open(db)));
            robot.clickOn(fx(() -> h.window.stage().getScene().lookup("#record-button")));
            waitUntil("recording", () -> controls.phaseProperty().get() == RecordingControls.Phase.RECORDING);
            assertThat(fx(() -> h.state.project().file())).isEqualTo(db);

            load(h, shop.baseUri() + "");
            load(h, shop.baseUri() + "login");
            waitUntil("live counter", () -> controls.statusProperty().get().matches("● REC [1-9]\\d* exchanges.*"));
            waitUntil("live exchanges table", () -> h.views.exchanges().table().getItems().size() >= 2);
            robot.clickOn(fx(() -> h.window.stage().getScene().lookup("#mark-login")));
            run(() -> h.views.setDialogs(new NoteDialogs("tea in the cart")));
            robot.clickOn(fx(() -> h.window.stage().getScene().lookup("#mark-note")));
            robot.clickOn(fx(() -> h.window.stage().getScene().lookup("#pause-button")));
            assertThat(fx(() -> controls.statusProperty().get())).startsWith("❚❚ PAUSED");
            load(h, shop.baseUri() + "?while=paused");
            int whilePaused = fx(() -> h.views.exchanges().table().getItems().size());
            robot.clickOn(fx(() -> h.window.stage().getScene().lookup("#pause-button")));
            load(h, shop.baseUri() + "");

            robot.clickOn(fx(() -> h.window.stage().getScene().lookup("#record-button")));
            waitUntil("stopped and analysed", () -> controls.phaseProperty().get() == RecordingControls.Phase.IDLE
                    && h.state.analysis() != null);
            RecordingData data = fx(() -> h.state.recording());
            assertThat(data.recording().ended()).as("the writer closed the recording").isNotNull();
            assertThat(data.markers()).extracting(Marker::kind).contains(Marker.Kind.LOGIN, Marker.Kind.NOTE);
            assertThat(data.markers()).filteredOn(m -> m.kind() == Marker.Kind.NOTE).extracting(Marker::label)
                    .containsExactly("tea in the cart");
            assertThat(data.exchanges()).as("nothing recorded while paused")
                    .noneMatch(e -> String.valueOf(e.url().getQuery()).contains("paused"));
            assertThat(data.exchanges().size()).isGreaterThanOrEqualTo(whilePaused);
            // the WebView's jar is shared by every test in the JVM (cookies are per host, not per port), so
            // SESSIONID may already be there; the shop sets its XSRF-TOKEN on every page either way
            assertThat(data.cookieEvents()).isNotEmpty()
                    .anyMatch(e -> e.source() == dev.sessioninspector.model.CookieEvent.Source.SERVER);
            assertThat(fx(() -> h.views.shownTab())).contains(InspectorTab.FINDINGS);
            assertThat(fx(() -> h.views.findings().tree().getRoot().getChildren())).isNotEmpty();
        }
    }

    /** Answers the Note button's question with {@code note} through the dialogs service; asks nothing else. */
    private static final class NoteDialogs extends Dialogs.Quiet {
        private final String note;

        NoteDialogs(String note) {
            this.note = note;
        }

        @Override
        public Optional<String> text(String title, String prompt) {
            return Optional.of(note);
        }
    }

    private static void load(ViewHarness h, String url) {
        run(() -> h.window.browser().load(java.net.URI.create(url)));
        waitUntil("page " + url, () -> url.equals(h.window.browser().location().get())
                && h.window.browser().loadState().get() == Worker.State.SUCCEEDED);
    }
}
