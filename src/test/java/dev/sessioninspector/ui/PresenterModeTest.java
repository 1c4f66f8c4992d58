package dev.sessioninspector.ui;

import static dev.sessioninspector.testkit.Fx.fx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.testkit.Fx;
import dev.sessioninspector.ui.presenter.PresenterMode;
import dev.sessioninspector.testkit.AppTestCase;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Presenter mode: large text, the demo switches shown, no status bar; off puts everything back. */
@ExtendWith(ApplicationExtension.class)
class PresenterModeTest extends AppTestCase {

    @BeforeEach
    void open() throws Exception {
        launchOnWeakShopPage();
    }

    @Test
    void theToolbarButtonEnlargesTheWindowAndShowsTheSwitches(FxRobot robot) {
        MainWindow w = fx(() -> app.window());
        fx(() -> {
            w.zoom().set(110);
            w.setDemoPanelVisible(false);
            return null;
        });
        double fontBefore = fx(() -> w.navigationBar().address().getFont().getSize());

        robot.clickOn("#toggle-presenter");

        assertThat(fx(() -> app.insight().presenter().isActive())).isTrue();
        assertThat(fx(() -> w.zoom().percent().get())).isEqualTo(PresenterMode.ZOOM_PERCENT);
        assertThat(fx(() -> w.navigationBar().address().getFont().getSize())).isGreaterThan(fontBefore * 1.3);
        assertThat(fx(() -> w.demoPanel().getScene())).as("the switches are docked").isNotNull();
        assertThat(fx(() -> w.statusBar().isVisible())).isFalse();
        assertThat(fx(() -> w.stage().getScene().getRoot().getStyleClass())).contains(PresenterMode.STYLE_CLASS);

        robot.press(KeyCode.SHIFT).press(KeyCode.F5).release(KeyCode.F5).release(KeyCode.SHIFT);

        assertThat(fx(() -> app.insight().presenter().isActive())).isFalse();
        assertThat(fx(() -> w.zoom().percent().get())).isEqualTo(110);
        assertThat(fx(() -> w.demoPanel().getScene())).as("hidden again, as before").isNull();
        assertThat(fx(() -> w.statusBar().isVisible())).isTrue();
        assertThat(fx(() -> w.stage().getScene().getRoot().getStyleClass())).doesNotContain(PresenterMode.STYLE_CLASS);
    }
}
