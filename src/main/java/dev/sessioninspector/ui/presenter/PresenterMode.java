package dev.sessioninspector.ui.presenter;

import dev.sessioninspector.browser.Glyphs;
import dev.sessioninspector.browser.engine.FxRunner;
import dev.sessioninspector.ui.MainWindow;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Presenter mode, for a talk: the whole window (page included) at {@link #ZOOM_PERCENT} %, so the back row
 * can read it, the demo shop's switches docked in reach, and simplified chrome (no status bar). Toggled
 * with the toolbar's "Present" button, Shift+F5 (the slide-show key) or Ctrl+Shift+P; turning it off puts
 * back the zoom and the panel as they were.
 */
public final class PresenterMode {
    /** The presenter zoom: 1.6 × the normal root font size. */
    public static final int ZOOM_PERCENT = 160;
    /** The style class the window's root carries while presenting. */
    public static final String STYLE_CLASS = "presenter";
    static final String STYLESHEET = "/dev/sessioninspector/ui/insight/insight.css";

    private final MainWindow window;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final ToggleButton button = new ToggleButton("Present", Glyphs.ZOOM_IN.icon());
    private int zoomBefore = 100;
    private boolean panelBefore;

    private PresenterMode(MainWindow window) {
        this.window = window;
    }

    /** Adds the toolbar button and shortcuts to {@code window} (FX thread). */
    public static PresenterMode install(MainWindow window) {
        Objects.requireNonNull(window, "window");
        PresenterMode mode = new PresenterMode(window);
        mode.button.setId("toggle-presenter");
        mode.button.getStyleClass().addAll("panel-toggle", "presenter-toggle");
        mode.button.setFocusTraversable(false);
        mode.button.setTooltip(new Tooltip("Presenter mode: large text, the demo switches in reach (Shift+F5)"));
        mode.button.selectedProperty().bindBidirectional(mode.active);
        mode.active.addListener((o, was, on) -> mode.apply(on));
        window.toolbarActions().getChildren().add(mode.button);
        var scene = window.stage().getScene();
        String css = PresenterMode.class.getResource(STYLESHEET).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN), mode::toggle);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), mode::toggle);
        return mode;
    }

    /** True while presenting; set it to switch. FX thread. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public boolean isActive() {
        return active.get();
    }

    public void toggle() {
        active.set(!active.get());
    }

    private void apply(boolean on) {
        Parent root = window.stage().getScene().getRoot();
        if (on) {
            zoomBefore = window.zoom().percent().get();
            panelBefore = window.demoPanel() != null && window.demoPanel().getParent() != null;
            window.zoom().set(ZOOM_PERCENT);
            window.setDemoPanelVisible(true);
            if (!root.getStyleClass().contains(STYLE_CLASS)) {
                root.getStyleClass().add(STYLE_CLASS);
            }
            window.statusBar().setVisible(false);
            window.statusBar().setManaged(false);
        } else {
            window.zoom().set(zoomBefore);
            window.setDemoPanelVisible(panelBefore);
            root.getStyleClass().remove(STYLE_CLASS);
            window.statusBar().setVisible(true);
            window.statusBar().setManaged(true);
        }
        FxRunner.PLATFORM.run(this::fitDemoPanel);
    }

    /** Gives the docked demo panel its preferred width at the new text size, so no switch is cut off. */
    private void fitDemoPanel() {
        if (window.demoPanel() == null || window.demoPanel().getParent() == null) {
            return;
        }
        Parent root = window.stage().getScene().getRoot();
        if (root.lookup(".main-split") instanceof SplitPane split && split.getDividers().size() == 1
                && split.getWidth() > 0) {
            root.applyCss();
            double panel = window.demoPanel().prefWidth(-1);
            split.setDividerPositions(Math.max(0.35, 1 - panel / split.getWidth()));
        }
    }
}
