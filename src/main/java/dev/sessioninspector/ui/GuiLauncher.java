package dev.sessioninspector.ui;

/** Starts JavaFX and the inspector window. TEMPORARY: replaced by the GUI shell work in this session. */
public final class GuiLauncher {
    private GuiLauncher() {
    }

    public static int launch(GuiOptions options) {
        throw new UnsupportedOperationException("GUI not built yet");
    }
}
