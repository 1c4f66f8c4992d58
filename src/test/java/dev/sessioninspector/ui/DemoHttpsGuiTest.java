package dev.sessioninspector.ui;

import static dev.sessioninspector.testkit.Fx.fx;
import static dev.sessioninspector.testkit.Fx.run;
import static dev.sessioninspector.testkit.Fx.pageText;
import static dev.sessioninspector.testkit.Fx.waitForPage;
import static dev.sessioninspector.testkit.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.browser.Browser;
import dev.sessioninspector.capture.CaptureHooks;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.testkit.Fx;
import dev.sessioninspector.testkit.AppTestCase;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** {@code gui --demo-https}: the built-in shop over HTTPS, where the Hardened profile can sign in. */
class DemoHttpsGuiTest extends AppTestCase {

    @Test
    void withDemoHttpsTheHardenedProfileSignsInAndTheTrustEndsWithTheWindow() throws Exception {
        launch(
                () -> new SessionInspectorApp(new GuiOptions(null, null, false, null, true)));
        waitUntil("the demo shop", () -> app.demoShop().get() != null);
        DemoShop shop = fx(() -> app.demoShop().get());
        assertThat(shop.baseUri().getScheme()).isEqualTo("https");
        assertThat(shop.settings()).isEqualTo(ShopSettings.weak().withHttps(true));
        String origin = "https://127.0.0.1:" + shop.baseUri().getPort();
        assertThat(CaptureHooks.trusts(origin)).isTrue();

        Browser browser = fx(() -> app.window().browser());
        waitForPage(browser, shop.baseUri().toString());
        assertThat(pageText(browser)).contains("over HTTPS");

        run(() -> ((Button) app.window().demoPanel().lookup("#profile-hardened")).fire());
        waitUntil("the hardened profile", () -> shop.settings().equals(ShopSettings.hardened()));
        assertThat(fx(() -> app.window().demoPanel().lookup("#transport-note").isVisible()))
                .as("no Secure-over-http warning on HTTPS").isFalse();

        run(() -> browser.load(shop.baseUri().resolve("/login")));
        waitForPage(browser, shop.baseUri().resolve("/login").toString());
        run(() -> browser.engine().executeScript("document.getElementById('username').value = 'alice';"
                + "document.getElementById('password').value = 'wonderland';"
                + "document.getElementById('login-button').click();"));
        waitForPage(browser, shop.baseUri().resolve("/account").toString());
        assertThat(pageText(browser)).contains("Signed in as alice").contains("Profile: hardened over HTTPS");

        FxToolkit.cleanupApplication(app);
        app = null;
        assertThat(CaptureHooks.trusts(origin)).as("the trust ends with the window").isFalse();
    }

    @Test
    void overPlainHttpTheHardenedWarningSuggestsDemoHttps() throws Exception {
        launch(
                () -> new SessionInspectorApp(new GuiOptions(null, null, false, null)));
        waitUntil("the demo shop", () -> app.demoShop().get() != null);
        DemoShop shop = fx(() -> app.demoShop().get());
        assertThat(shop.baseUri().getScheme()).isEqualTo("http");
        run(() -> ((Button) app.window().demoPanel().lookup("#profile-hardened")).fire());
        waitUntil("the warning", () -> app.window().demoPanel().lookup("#transport-note").isVisible());
        assertThat(fx(() -> ((Label) app.window().demoPanel().lookup("#transport-note")).getText()))
                .contains("gui --demo-https");
    }
}
