package dev.sessioninspector.ui;

import static dev.sessioninspector.testkit.Fx.fx;
import static dev.sessioninspector.testkit.Fx.pageText;
import static dev.sessioninspector.testkit.Fx.screenCentreOf;
import static dev.sessioninspector.testkit.Fx.waitForPage;
import static dev.sessioninspector.testkit.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.browser.Browser;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.testkit.Fx;
import dev.sessioninspector.testkit.AppTestCase;
import javafx.concurrent.Worker;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The app on a running demo shop, driven like a user: mouse clicks and key strokes go through the robot
 * into the WebView (no form filled by script), and the account page must greet alice.
 */
class DemoShopSignInTest extends AppTestCase {
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void open() throws Exception {
        launchOnWeakShop();
    }

    @Test
    void signsInThroughTheWebViewWithRealClicksAndShowsTheAccountPage() {
        Browser browser = fx(() -> app.window().browser());
        waitForPage(browser, shop.baseUri().toString());
        assertThat(fx(() -> app.window().stage().getTitle())).isEqualTo("Session Inspector");

        // The page's own "Sign in" link in the header, clicked.
        robot.clickOn(screenCentreOf(browser, "a[href*=\"/login\"]"), MouseButton.PRIMARY);
        waitForPage(browser, shop.baseUri().resolve("/login").toString());

        robot.clickOn(screenCentreOf(browser, "#username"), MouseButton.PRIMARY);
        robot.write("alice");
        robot.clickOn(screenCentreOf(browser, "#password"), MouseButton.PRIMARY);
        robot.write("wonderland");
        assertThat(fx(() -> browser.engine().executeScript("document.getElementById('username').value")))
                .as("typed into the WebView").isEqualTo("alice");

        robot.clickOn(screenCentreOf(browser, "#login-button"), MouseButton.PRIMARY);

        waitUntil("the account page", () -> browser.location().get().contains("/account")
                && browser.loadState().get() == Worker.State.SUCCEEDED);
        assertThat(pageText(browser)).contains("Signed in as alice");
        assertThat(fx(() -> (String) browser.engine().executeScript(
                "document.getElementById('signed-in').textContent"))).contains("alice");
    }

    @Test
    void aWrongPasswordStaysOnTheSignInPage() {
        Browser browser = fx(() -> app.window().browser());
        waitForPage(browser, shop.baseUri().toString());
        fx(() -> {
            browser.engine().load(shop.baseUri().resolve("/login").toString());
            return null;
        });
        waitForPage(browser, shop.baseUri().resolve("/login").toString());
        robot.clickOn(screenCentreOf(browser, "#username"), MouseButton.PRIMARY);
        robot.write("alice");
        robot.clickOn(screenCentreOf(browser, "#password"), MouseButton.PRIMARY);
        robot.write("not-her-password");
        // A click, not Enter: Monocle's robot sends no KEY_TYPED for Enter, and WebKit submits a form on
        // the keypress that follows it (on a real display Enter submits).
        robot.clickOn(screenCentreOf(browser, "#login-button"), MouseButton.PRIMARY);

        waitUntil("the sign-in page's error line", () -> browser.loadState().get() == Worker.State.SUCCEEDED
                && Boolean.TRUE.equals(browser.engine().executeScript("!!document.querySelector('[role=alert]')")),
                () -> Fx.describe(browser));
        assertThat(fx(() -> browser.location().get())).doesNotContain("/account");
        assertThat(pageText(browser)).doesNotContain("Signed in as alice");
        assertThat(fx(() -> browser.engine().executeScript("document.getElementById('username').value")))
                .as("the shop keeps the username").isEqualTo("alice");
    }
}
