package dev.sessioninspector.browser;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Shown over the page when a load fails: what failed, why, and a way to try again. */
public final class LoadErrorCard extends VBox {
    public LoadErrorCard(Browser browser) {
        getStyleClass().add("load-error");
        setId("load-error");
        setAlignment(Pos.CENTER);
        Label icon = new Label(null, Glyphs.WARNING.icon());
        icon.getStyleClass().add("load-error-icon");
        Label title = new Label("This page could not be loaded");
        title.getStyleClass().add("load-error-title");
        Label url = new Label();
        url.getStyleClass().add("load-error-url");
        url.textProperty().bind(browser.location());
        Label why = new Label();
        why.getStyleClass().add("load-error-reason");
        why.textProperty().bind(browser.failure());
        why.setWrapText(true);
        Button retry = new Button("Try again");
        retry.setDefaultButton(false);
        retry.getStyleClass().add("accent-button");
        retry.setOnAction(e -> browser.reload());
        getChildren().addAll(icon, title, url, why, retry);
        visibleProperty().bind(browser.failure().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
