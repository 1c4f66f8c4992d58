package dev.sessioninspector.ui;

import static dev.sessioninspector.testkit.Fx.fx;
import static dev.sessioninspector.testkit.Fx.pageText;
import static dev.sessioninspector.testkit.Fx.waitForPage;
import static dev.sessioninspector.testkit.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessioninspector.browser.Browser;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.testkit.Fx;
import dev.sessioninspector.ui.demo.ShopSwitches;
import dev.sessioninspector.testkit.AppTestCase;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** What {@code gui} does with no arguments, and what {@code --screenshot} writes. */
class AppLaunchTest extends AppTestCase {

    @Test
    void withoutATargetItStartsTheWeakDemoShopOpensItAndStopsItOnClose() throws Exception {
        launch(
                () -> new SessionInspectorApp(new GuiOptions(null, null, false, null)));
        waitUntil("the demo shop", () -> app.demoShop().get() != null);
        DemoShop shop = fx(() -> app.demoShop().get());
        assertThat(shop.baseUri().getHost()).isEqualTo("127.0.0.1");
        assertThat(shop.settings()).isEqualTo(ShopSettings.weak());

        Browser browser = fx(() -> app.window().browser());
        waitForPage(browser, shop.baseUri().toString());
        assertThat(pageText(browser)).contains("Leaf & Kettle");
        assertThat(fx(() -> app.window().demoPanel().getScene())).as("the panel is shown").isNotNull();
        assertThat(fx(() -> app.window().demoPanel().rows()))
                .hasSize(ShopSwitches.all().size());

        int port = shop.baseUri().getPort();
        FxToolkit.cleanupApplication(app);
        app = null;
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
                .as("the shop is closed with the window").isInstanceOf(ConnectException.class);
    }

    @Test
    void screenshotSavesTheWindowOnceThePageIsThere(@TempDir Path dir) throws Exception {
        DemoShop shop = DemoShop.start(0, ShopSettings.weak());
        try {
            Path png = dir.resolve("shots/shell.png");
            CompletableFuture<Optional<RuntimeException>> done = new CompletableFuture<>();
            launch(() -> {
                SessionInspectorApp a = new SessionInspectorApp(new GuiOptions(null, null, false, png), shop);
                a.onScreenshotDone(done::complete);
                return a;
            });
            assertThat(done.get(Fx.TIMEOUT_S, TimeUnit.SECONDS)).isEmpty();

            BufferedImage image = ImageIO.read(png.toFile());
            double width = fx(() -> app.window().stage().getScene().getWidth());
            double height = fx(() -> app.window().stage().getScene().getHeight());
            assertThat(image.getWidth()).isEqualTo((int) Math.ceil(width));
            assertThat(image.getHeight()).isEqualTo((int) Math.ceil(height));
            assertThat(distinctColours(image)).as("a real picture, not a blank frame").isGreaterThan(200);
        } finally {
            shop.close();
        }
    }

    @Test
    void screenshotOfAnUnreachableTargetIsSavedAndReportsTheFailure(@TempDir Path dir) throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        Path png = dir.resolve("failed.png");
        CompletableFuture<Optional<RuntimeException>> done = new CompletableFuture<>();
        java.net.URI target = java.net.URI.create("http://127.0.0.1:" + closedPort + "/");
        launch(() -> {
            SessionInspectorApp a = new SessionInspectorApp(new GuiOptions(target, null, false, png));
            a.onScreenshotDone(done::complete);
            return a;
        });
        Optional<RuntimeException> failure = done.get(Fx.TIMEOUT_S, TimeUnit.SECONDS);
        assertThat(failure).isPresent();
        assertThat(failure.get().getMessage()).contains("did not load", target.toString());
        assertThat(png).exists();
    }

    private static long distinctColours(BufferedImage image) throws IOException {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
