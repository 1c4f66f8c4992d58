package dev.sessioninspector.ui;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The app icon in the sizes the window systems pick from (generated from {@code icons/session-inspector.svg}). */
public final class AppIcons {
    static final int[] SIZES = {16, 32, 64, 256};

    private AppIcons() {
    }

    /** The icon images, smallest first. */
    public static List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            String name = "icons/session-inspector-" + size + ".png";
            try (InputStream in = AppIcons.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("icon missing from the jar: " + name);
                }
                images.add(new Image(in));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return images;
    }

    /** Sets the icon on a window. */
    public static void apply(Stage stage) {
        stage.getIcons().setAll(images());
    }
}
