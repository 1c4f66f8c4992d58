package dev.sessioninspector.ui.demo;

import static dev.sessioninspector.testkit.Fx.fx;
import static dev.sessioninspector.testkit.Fx.waitForPage;
import static dev.sessioninspector.testkit.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.browser.Styles;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.testkit.Fx;
import dev.sessioninspector.ui.GuiOptions;
import dev.sessioninspector.ui.SessionInspectorApp;
import dev.sessioninspector.testkit.AppTestCase;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The demo-shop panel changes the running shop live: clicks on its controls reach the shop's responses. */
class DemoShopPanelTest extends AppTestCase {
    private final FxRobot robot = new FxRobot();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void open() throws Exception {
        launchOnWeakShopPage();
    }

    @Test
    void theHttpOnlySwitchChangesTheNextSetCookie() throws Exception {
        assertThat(sessionSetCookie()).doesNotContainIgnoringCase("HttpOnly");
        Node row = robot.lookup("#switch-httponly").query();
        assertThat(fx(() -> row.getPseudoClassStates().contains(Styles.INSECURE))).isTrue();

        robot.clickOn(robot.from(row).lookup(".check-box").queryAs(CheckBox.class));

        waitUntil("the shop to mark its cookie HttpOnly", () -> shop.settings().httpOnly());
        assertThat(sessionSetCookie()).containsIgnoringCase("HttpOnly");
        waitUntil("the row to turn green", () -> !row.getPseudoClassStates().contains(Styles.INSECURE));
        assertThat(shop.settings()).as("only that switch moved")
                .isEqualTo(ShopSettings.weak().withHttpOnly(true));

        // Clicking the label flips it back.
        robot.clickOn(robot.from(row).lookup(".switch-label").queryAs(Label.class));
        waitUntil("HttpOnly off again", () -> !shop.settings().httpOnly());
        assertThat(sessionSetCookie()).doesNotContainIgnoringCase("HttpOnly");
    }

    @Test
    void aDurationChoiceSetsTheCookieLifetime() throws Exception {
        assertThat(sessionSetCookie()).contains("Max-Age=31536000");
        robot.clickOn("#switch-cookie-lifetime .combo-box");
        robot.clickOn("1 h");
        waitUntil("a one-hour cookie", () -> Duration.ofHours(1).equals(shop.settings().cookieLifetime()));
        assertThat(sessionSetCookie()).contains("Max-Age=3600");

        robot.clickOn("#switch-cookie-lifetime .combo-box");
        robot.clickOn("browser session");
        waitUntil("a browser-session cookie", () -> shop.settings().cookieLifetime() == null);
        assertThat(sessionSetCookie()).doesNotContain("Max-Age");
    }

    @Test
    void theProfileButtonsSwitchEveryProtectionAtOnce() throws Exception {
        robot.clickOn("#profile-hardened");
        waitUntil("the hardened profile", () -> shop.settings().equals(ShopSettings.hardened().withHttps(false)));
        waitUntil("the summary to follow", () -> summary().equals("1 of " + ShopSwitches.all().size() + " protections off"));
        String cookie = sessionSetCookie();
        assertThat(cookie).startsWith("__Host-SESSIONID=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Lax");
        List<Boolean> weakRows = fx(() -> app.window().demoPanel().rows().stream()
                .map(r -> r.getPseudoClassStates().contains(Styles.INSECURE)).toList());
        assertThat(weakRows).as("only HTTPS, fixed while the shop runs, stays red")
                .containsOnlyOnce(true);

        assertThat(fx(() -> robot.lookup("#transport-note").query().isVisible()))
                .as("the panel warns that Secure cookies do not travel over http").isTrue();

        robot.clickOn("#profile-weak");
        waitUntil("the weak profile", () -> shop.settings().equals(ShopSettings.weak()));
        waitUntil("the summary to follow", () -> summary().equals(ShopSwitches.all().size() + " of "
                + ShopSwitches.all().size() + " protections off"));
        assertThat(fx(() -> robot.lookup("#transport-note").query().isVisible())).isFalse();
        assertThat(sessionSetCookie()).startsWith("SESSIONID=");
    }

    @Test
    void thePanelHidesAndComesBack() {
        assertThat(robot.lookup("#demo-panel").tryQuery()).isPresent();
        robot.clickOn("#toggle-demo-panel");
        waitUntil("the panel hidden", () -> app.window().demoPanel().getScene() == null);
        robot.clickOn("#toggle-demo-panel");
        waitUntil("the panel back", () -> app.window().demoPanel().getScene() != null);
    }

    private String summary() {
        return ((Label) robot.lookup(".weakness-summary").query()).getText();
    }

    /** The session cookie the shop sets for a fresh visitor now. */
    private String sessionSetCookie() throws Exception {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(shop.baseUri()).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        return r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.contains("SESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + r.headers()));
    }
}
