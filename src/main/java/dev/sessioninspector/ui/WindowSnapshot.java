package dev.sessioninspector.ui;

import dev.sessioninspector.model.OwnerOnly;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves what a scene shows as a PNG. */
public final class WindowSnapshot {
    private WindowSnapshot() {
    }

    /**
     * Waits {@code pulses} rendered frames (so layout and the WebView's paint are current), then snapshots
     * {@code scene} and hands the image to {@code done}. FX thread.
     */
    public static void afterPulses(Scene scene, int pulses, java.util.function.Consumer<WritableImage> done) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= pulses) {
                    stop();
                    done.accept(scene.snapshot(null));
                }
            }
        }.start();
    }

    /** Writes {@code image} as PNG to {@code file}, creating its folder (any thread). */
    public static void writePng(WritableImage image, Path file) throws IOException {
        BufferedImage rgb = SwingFXUtils.fromFXImage(image, null);
        // PNG with alpha is bigger and nothing is transparent: store RGB.
        BufferedImage opaque = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_INT_RGB);
        opaque.getGraphics().drawImage(rgb, 0, 0, null);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            OwnerOnly.folders(parent);
        }
        if (!ImageIO.write(opaque, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
