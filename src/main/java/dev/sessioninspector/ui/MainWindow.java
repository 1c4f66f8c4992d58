package dev.sessioninspector.ui;

import dev.sessioninspector.browser.Browser;
import dev.sessioninspector.browser.Glyphs;
import dev.sessioninspector.browser.LoadErrorCard;
import dev.sessioninspector.browser.NavigationBar;
import dev.sessioninspector.ui.demo.DemoShopPanel;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window: browser chrome on top, the WebView in the middle, the inspector tabs below it (shown
 * as soon as a view adds a tab), the demo-shop panel docked on the right, and a status bar.
 *
 * <p>Where later views plug in: {@link #inspectorTabs()} (timeline, cookies, findings…),
 * {@link #toolbarActions()} (recording controls), {@link #statusBar()} ({@code addRight} for counters).
 */
public final class MainWindow {
    /** The window title. */
    public static final String TITLE = "Session Inspector";
    static final String STYLESHEET = "session-inspector.css";

    private final Stage stage;
    private final Browser browser;
    private final NavigationBar navigation;
    private final StatusBar status;
    private final BorderPane root = new BorderPane();
    private final SplitPane main = new SplitPane();
    private final SplitPane workspace = new SplitPane();
    private final TabPane inspector = new TabPane();
    private final Zoom zoom;
    private DemoShopPanel demoPanel;
    private ToggleButton demoToggle;
    /** Where the divider before the demo panel was when it was hidden; negative before the first showing. */
    private double demoDivider = -1;

    /** Builds the window's scene on {@code stage} (not shown yet). FX thread. */
    public MainWindow(Stage stage, Browser browser) {
        this.stage = stage;
        this.browser = browser;
        this.navigation = new NavigationBar(browser);
        this.status = new StatusBar(browser);
        root.getStyleClass().add("app-root");
        root.setTop(navigation);
        root.setBottom(status);

        StackPane page = new StackPane(browser.view(), new LoadErrorCard(browser));
        page.getStyleClass().add("page-host");
        workspace.setOrientation(Orientation.VERTICAL);
        workspace.getStyleClass().add("workspace");
        workspace.getItems().add(page);
        inspector.getStyleClass().add("inspector-tabs");
        inspector.setId("inspector-tabs");
        inspector.getTabs().addListener((ListChangeListener<javafx.scene.control.Tab>) c -> updateInspector());
        main.getStyleClass().add("main-split");
        main.getItems().add(workspace);
        root.setCenter(main);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        zoom = new Zoom(root, browser.view());
        zoom.install(scene);
        installShortcuts(scene);
        status.addRight("zoom-level", Bindings.createStringBinding(
                () -> zoom.percent().get() == 100 ? "" : zoom.percent().get() + " %", zoom.percent()));
        stage.setScene(scene);
        stage.setTitle(TITLE);
        AppIcons.apply(stage);
    }

    public Stage stage() {
        return stage;
    }

    public Browser browser() {
        return browser;
    }

    public NavigationBar navigationBar() {
        return navigation;
    }

    public StatusBar statusBar() {
        return status;
    }

    public Zoom zoom() {
        return zoom;
    }

    /** The container in the toolbar's right end for app actions (recording controls go here). */
    public javafx.scene.layout.HBox toolbarActions() {
        return navigation.trailing();
    }

    /** The inspector views' tab pane; it appears below the browser once it holds a tab. */
    public TabPane inspectorTabs() {
        return inspector;
    }

    /** The demo-shop panel, if {@link #showDemoShop} was called. */
    public DemoShopPanel demoPanel() {
        return demoPanel;
    }

    /** Docks the demo shop's panel on the right and adds a toolbar button that shows and hides it. */
    public void showDemoShop(DemoShopPanel panel) {
        if (demoPanel != null) {
            throw new IllegalStateException("the demo-shop panel is already shown");
        }
        demoPanel = panel;
        SplitPane.setResizableWithParent(panel, false);
        demoToggle = new ToggleButton("Demo shop", Glyphs.TUNE.icon());
        demoToggle.setId("toggle-demo-panel");
        demoToggle.getStyleClass().add("panel-toggle");
        demoToggle.setTooltip(new Tooltip("Show or hide the demo shop's switches (Ctrl+Shift+D)"));
        demoToggle.setFocusTraversable(false);
        demoToggle.selectedProperty().addListener((obs, was, on) -> setDemoPanelVisible(on));
        toolbarActions().getChildren().add(0, demoToggle);
        demoToggle.setSelected(true);
    }

    /** Shows or hides the docked demo-shop panel (no-op without one). */
    public void setDemoPanelVisible(boolean visible) {
        if (demoPanel == null) {
            return;
        }
        boolean shown = main.getItems().contains(demoPanel);
        if (visible && !shown) {
            main.getItems().add(demoPanel);
            if (demoDivider >= 0) {
                main.setDividerPositions(demoDivider);
            } else {
                fitDividerToPanel();
            }
        } else if (!visible && shown) {
            demoDivider = main.getDividerPositions()[0];
            main.getItems().remove(demoPanel);
        }
        if (demoToggle.isSelected() != visible) {
            demoToggle.setSelected(visible);
        }
    }

    /** Gives the panel its preferred width (from the stylesheet, so it follows the zoom). */
    private void fitDividerToPanel() {
        demoPanel.applyCss();
        double width = main.getWidth() > 0 ? main.getWidth() : stage.getScene().getWidth();
        double panel = demoPanel.prefWidth(-1);
        if (width > 0 && panel > 0) {
            main.setDividerPositions(Math.max(0.35, 1 - panel / width));
        }
    }

    private void updateInspector() {
        boolean any = !inspector.getTabs().isEmpty();
        boolean shown = workspace.getItems().contains(inspector);
        if (any && !shown) {
            workspace.getItems().add(inspector);
            workspace.setDividerPositions(0.6);
        } else if (!any && shown) {
            workspace.getItems().remove(inspector);
        }
    }

    private void installShortcuts(Scene scene) {
        var acc = scene.getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), navigation::focusAddress);
        acc.put(new KeyCodeCombination(KeyCode.F5), browser::reload);
        acc.put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), browser::reload);
        acc.put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), browser::back);
        acc.put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), browser::forward);
        acc.put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> setDemoPanelVisible(demoPanel != null && !main.getItems().contains(demoPanel)));
    }
}
