package dev.sessioninspector.ui;

import dev.sessioninspector.browser.Browser;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The bottom line of the window: what the browser (or the app) last said on the left, app-wide facts (demo
 * shop, zoom) on the right. {@link #addRight} takes more facts (recording state, counters) from later views.
 */
public final class StatusBar extends HBox {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private final Label message = new Label();
    private final HBox right = new HBox();

    StatusBar(Browser browser) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        message.getStyleClass().add("status-message");
        message.setId("status-message");
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        browser.message().addListener((obs, old, text) ->
                show(text, text.startsWith("Could not") || text.startsWith("Not a web")));
        right.getStyleClass().add("status-right");
        right.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(message, right);
    }

    /** Adds a fact at the right end; it follows {@code text} and hides while the text is empty. */
    public Label addRight(String styleClass, ObservableStringValue text) {
        Label l = new Label();
        l.getStyleClass().addAll("status-item", styleClass);
        l.textProperty().bind(text);
        l.visibleProperty().bind(Bindings.isNotEmpty(text));
        l.managedProperty().bind(l.visibleProperty());
        right.getChildren().add(l);
        return l;
    }

    /** Shows a message on the left until the next one (FX thread). */
    public void show(String text, boolean error) {
        message.setText(text);
        message.pseudoClassStateChanged(ERROR, error);
    }

    /** The message on the left. */
    public String message() {
        return message.getText();
    }
}
