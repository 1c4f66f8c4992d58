package dev.sessioninspector.browser;

import dev.sessioninspector.browser.engine.FxRunner;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

/**
 * The browser chrome: back, forward, reload/stop, a security badge and the address bar with a load-progress
 * line. {@link #trailing()} takes the app's own buttons at the right end.
 */
public final class NavigationBar extends HBox {
    private final Browser browser;
    private final TextField address = new TextField();
    private final Label security = new Label();
    private final HBox trailing = new HBox();
    private String shown = "";

    public NavigationBar(Browser browser) {
        this.browser = browser;
        getStyleClass().add("nav-bar");
        setAlignment(Pos.CENTER_LEFT);

        Button back = iconButton(Glyphs.BACK, "Back (Alt+Left)", "nav-back");
        back.setOnAction(e -> browser.back());
        back.disableProperty().bind(Bindings.not(browser.canGoBack()));
        Button forward = iconButton(Glyphs.FORWARD, "Forward (Alt+Right)", "nav-forward");
        forward.setOnAction(e -> browser.forward());
        forward.disableProperty().bind(Bindings.not(browser.canGoForward()));
        Button reload = iconButton(Glyphs.RELOAD, "Reload (F5)", "nav-reload");
        reload.setOnAction(e -> {
            if (browser.loading().get()) {
                browser.stop();
            } else {
                browser.reload();
            }
        });
        browser.loading().addListener((obs, was, isLoading) -> {
            reload.setGraphic((isLoading ? Glyphs.STOP : Glyphs.RELOAD).icon());
            reload.getTooltip().setText(isLoading ? "Stop loading (Esc)" : "Reload (F5)");
        });

        StackPane field = addressField();
        HBox.setHgrow(field, Priority.ALWAYS);
        trailing.getStyleClass().add("nav-trailing");
        trailing.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(back, forward, reload, field, trailing);
    }

    /** The address text field (for focus shortcuts and tests). */
    public TextField address() {
        return address;
    }

    /** The container at the right end of the bar for the app's own controls. */
    public HBox trailing() {
        return trailing;
    }

    /** Puts the cursor into the address bar with its text selected (Ctrl+L). */
    public void focusAddress() {
        address.requestFocus();
        address.selectAll();
    }

    private StackPane addressField() {
        address.getStyleClass().add("address-field");
        address.setId("address");
        address.setPromptText("Type a web address and press Enter");
        address.setTooltip(new Tooltip("Address: Enter opens it (http:// is added when missing), Ctrl+L selects it"));
        address.setOnAction(e -> {
            if (browser.navigate(address.getText())) {
                showLocation(browser.location().get());
                address.pseudoClassStateChanged(Styles.INVALID, false);
                browser.view().requestFocus();
            } else {
                address.pseudoClassStateChanged(Styles.INVALID, true);
            }
        });
        address.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                showLocation(browser.location().get());
                address.pseudoClassStateChanged(Styles.INVALID, false);
                browser.view().requestFocus();
            }
        });
        address.textProperty().addListener((obs, old, text) -> address.pseudoClassStateChanged(Styles.INVALID, false));
        address.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                FxRunner.PLATFORM.run(address::selectAll);
            }
        });
        browser.location().addListener((obs, old, url) -> {
            // Keep what the user is typing; otherwise follow the page (links, redirects, history).
            if (!address.isFocused() || address.getText().equals(shown)) {
                showLocation(url);
            }
            updateSecurity(url);
        });

        security.getStyleClass().add("security-badge");
        updateSecurity(null);

        ProgressBar progress = new ProgressBar();
        progress.getStyleClass().add("load-progress");
        progress.progressProperty().bind(browser.progress());
        progress.visibleProperty().bind(Bindings.createBooleanBinding(() -> browser.loading().get(), browser.loading()));
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setMouseTransparent(true);

        HBox row = new HBox(security, address);
        row.getStyleClass().add("address-box");
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(address, Priority.ALWAYS);
        StackPane stack = new StackPane(row, progress);
        stack.getStyleClass().add("address-stack");
        StackPane.setAlignment(progress, Pos.BOTTOM_CENTER);
        return stack;
    }

    private void showLocation(String url) {
        shown = url == null ? "" : url;
        address.setText(shown);
    }

    private void updateSecurity(String url) {
        boolean https = url != null && url.toLowerCase(Locale.ROOT).startsWith("https:");
        boolean web = url != null && (https || url.toLowerCase(Locale.ROOT).startsWith("http:"));
        security.setGraphic((https ? Glyphs.LOCK : Glyphs.LOCK_OPEN).icon());
        security.setText(https ? "" : "Not secure");
        security.setVisible(web);
        security.setManaged(web);
        security.pseudoClassStateChanged(Styles.INSECURE, web && !https);
        security.setTooltip(new Tooltip(https
                ? "HTTPS: cookies and tokens travel encrypted"
                : "Plain HTTP: anyone on the path can read the session cookie"));
    }

    private static Button iconButton(Glyphs glyph, String tip, String id) {
        Button b = new Button();
        b.setGraphic(glyph.icon());
        b.getStyleClass().add("icon-button");
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        return b;
    }
}
