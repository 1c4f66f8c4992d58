package dev.sessioninspector.ui;

import java.util.Arrays;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.web.WebView;

/**
 * Presenter zoom: Ctrl+= / Ctrl+- / Ctrl+0 scale the whole window (the stylesheet sizes everything in em
 * from the root font size) and the page in the WebView together.
 */
public final class Zoom {
    /** The zoom steps in percent, as browsers offer them. */
    static final int[] STEPS = {50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300};
    /** The root font size at 100 %, in pixels. */
    static final double BASE_FONT_PX = 13;

    private final Parent root;
    private final WebView web;
    private final ReadOnlyIntegerWrapper percent = new ReadOnlyIntegerWrapper(this, "percent", 100);

    Zoom(Parent root, WebView web) {
        this.root = root;
        this.web = web;
        apply();
    }

    /** Registers the keyboard shortcuts on {@code scene}. */
    void install(Scene scene) {
        var acc = scene.getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), this::in);
        acc.put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), this::in);
        acc.put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), this::in);
        acc.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::in);
        acc.put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), this::out);
        acc.put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), this::out);
        acc.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), this::reset);
        acc.put(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN), this::reset);
    }

    /** The current zoom in percent. */
    public ReadOnlyIntegerProperty percent() {
        return percent.getReadOnlyProperty();
    }

    public void in() {
        set(next(percent.get(), +1));
    }

    public void out() {
        set(next(percent.get(), -1));
    }

    public void reset() {
        set(100);
    }

    /** Sets the zoom to {@code p} percent, clamped to the steps' range. */
    public void set(int p) {
        percent.set(Math.max(STEPS[0], Math.min(STEPS[STEPS.length - 1], p)));
        apply();
    }

    /** The step after (direction +1) or before (−1) {@code p}. */
    static int next(int p, int direction) {
        int i = Arrays.binarySearch(STEPS, p);
        if (i >= 0) {
            return STEPS[Math.max(0, Math.min(STEPS.length - 1, i + direction))];
        }
        int insertion = -i - 1;
        return direction > 0 ? STEPS[Math.min(STEPS.length - 1, insertion)] : STEPS[Math.max(0, insertion - 1)];
    }

    private void apply() {
        double factor = percent.get() / 100.0;
        // The one inline style: the root font size every em in the stylesheet derives from.
        root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", BASE_FONT_PX * factor));
        web.setZoom(factor);
    }
}
