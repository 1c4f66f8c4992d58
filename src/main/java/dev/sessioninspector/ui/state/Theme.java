package dev.sessioninspector.ui.state;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;

/**
 * Light or dark: toggles the {@code dark} style class on the window's root, which the inspector stylesheet
 * uses to swap the colour variables; canvas views listen to {@link #darkProperty()}.
 */
public final class Theme {
    /** The inspector views' stylesheet (colours of both themes, view styles). */
    public static final String STYLESHEET = "/dev/sessioninspector/ui/inspect/inspector.css";
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);

    public Theme(Parent root) {
        dark.addListener((o, was, now) -> {
            if (now) {
                root.getStyleClass().add("dark");
            } else {
                root.getStyleClass().removeAll("dark");
            }
        });
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public void toggle() {
        dark.set(!dark.get());
    }
}
