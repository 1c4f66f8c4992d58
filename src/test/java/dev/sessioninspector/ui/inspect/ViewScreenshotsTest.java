package dev.sessioninspector.ui.inspect;

import static dev.sessioninspector.testkit.Fx.fx;
import static dev.sessioninspector.testkit.Fx.run;
import static dev.sessioninspector.testkit.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.testkit.Fx;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TreeItem;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shoots each view on a real demo-shop recording into {@code target/view-screenshots} (the images in
 * docs/screenshots come from here) and checks each picture shows something, not a blank pane.
 */
class ViewScreenshotsTest {
    private static ViewHarness h;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.start();
        h = ViewHarness.open();
    }

    @AfterAll
    static void close() throws Exception {
        h.close();
    }

    @Test
    void everyViewOnTheDemoShop(@TempDir Path dir) throws Exception {
        Path db = ViewFixtures.recordDemoShop(dir.resolve("shop.db"));
        run(() -> h.views.loader().openProject(db));
        waitUntil("project", () -> h.state.recording() != null && h.state.analysis() != null);
        h.settle();
        Path out = Path.of("target/view-screenshots");
        Files.createDirectories(out);
        for (boolean dark : new boolean[] {false, true}) {
            run(() -> h.views.theme().darkProperty().set(dark));
            String suffix = dark ? "-dark" : "";
            run(() -> h.views.showTab(InspectorTab.FINDINGS));
            var tree = fx(() -> h.views.findings().tree());
            run(() -> {
                TreeItem<Object> first = tree.getRoot().getChildren().get(0).getChildren().get(0);
                tree.getSelectionModel().select(first);
            });
            shoot(out.resolve("findings" + suffix + ".png"));
            run(() -> h.views.showTab(InspectorTab.TIMELINE));
            shoot(out.resolve("timeline" + suffix + ".png"));
            run(() -> h.views.showTab(InspectorTab.EXCHANGES));
            shoot(out.resolve("exchanges" + suffix + ".png"));
            run(() -> h.views.showTab(InspectorTab.COOKIES));
            shoot(out.resolve("cookies" + suffix + ".png"));
        }
    }

    private static void shoot(Path file) throws Exception {
        h.settle();
        WaitForFx.events();
        Thread.sleep(300);
        WaitForFx.events();
        BufferedImage img = fx(() -> SwingFXUtils.fromFXImage(h.window.stage().getScene().snapshot(null), null));
        ImageIO.write(img, "png", file.toFile());
        Set<Integer> colours = new HashSet<>();
        for (int y = img.getHeight() / 2; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as(file + " shows something").isGreaterThan(8);
    }
}
