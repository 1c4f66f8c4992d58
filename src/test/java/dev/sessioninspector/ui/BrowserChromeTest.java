package dev.sessioninspector.ui;

import static dev.sessioninspector.testkit.Fx.fx;
import static dev.sessioninspector.testkit.Fx.pageText;
import static dev.sessioninspector.testkit.Fx.waitForPage;
import static dev.sessioninspector.testkit.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.sessioninspector.browser.Browser;
import dev.sessioninspector.browser.Styles;
import dev.sessioninspector.testkit.Fx;
import dev.sessioninspector.testkit.AppTestCase;
import dev.sessioninspector.ui.inspect.InspectorTab;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The window around the browser: it opens on the target, and the address bar and buttons navigate. */
class BrowserChromeTest extends AppTestCase {
    private final FxRobot robot = new FxRobot();
    private HttpServer server;
    private URI base;

    @BeforeEach
    void open() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        page("/", "Page one", "<a id='next' href='/two'>to two</a>");
        page("/two", "Page two", "the second page");
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        launch(
                () -> new SessionInspectorApp(new GuiOptions(base, null, false, null)));
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void opensTheTargetInAWindowCalledSessionInspector() {
        Browser browser = fx(() -> app.window().browser());
        waitForPage(browser, base.toString());
        assertThat(fx(() -> app.window().stage().getTitle())).isEqualTo("Session Inspector");
        assertThat(fx(() -> app.window().stage().getIcons().size())).isEqualTo(AppIcons.SIZES.length);
        assertThat(fx(() -> app.window().stage().isShowing())).isTrue();
        assertThat(pageText(browser)).contains("to two");
        assertThat(fx(() -> address().getText())).isEqualTo(base.toString());
        assertThat(fx(() -> browser.title().get())).isEqualTo("Page one");
        assertThat(fx(() -> app.window().demoPanel())).as("no demo shop, no panel").isNull();
        assertThat(robot.lookup("#toggle-demo-panel").tryQuery()).isEmpty();
        assertThat(fx(() -> app.inspector().tabs()))
                .as("the inspector views are installed").containsExactly(InspectorTab.values());
    }

    @Test
    void theAddressBarOpensWhatIsTypedAddingHttp() {
        Browser browser = fx(() -> app.window().browser());
        waitForPage(browser, base.toString());
        robot.clickOn("#address");
        robot.push(KeyCode.CONTROL, KeyCode.A).eraseText(1);
        robot.write("127.0.0.1:" + server.getAddress().getPort() + "/two");
        robot.type(KeyCode.ENTER);

        waitForPage(browser, base.resolve("/two").toString());
        assertThat(pageText(browser)).contains("the second page");
        assertThat(fx(() -> address().getText())).isEqualTo(base.resolve("/two").toString());

        robot.clickOn("#nav-back");
        waitForPage(browser, base.toString());
        assertThat(fx(() -> browser.location().get())).isEqualTo(base.toString());
        robot.clickOn("#nav-forward");
        waitForPage(browser, base.resolve("/two").toString());
    }

    @Test
    void textThatIsNoAddressIsRefusedWithAReason() {
        Browser browser = fx(() -> app.window().browser());
        waitForPage(browser, base.toString());
        robot.clickOn("#address");
        robot.push(KeyCode.CONTROL, KeyCode.A).eraseText(1);
        robot.write("two words");
        robot.type(KeyCode.ENTER);

        waitUntil("the refusal", () -> app.window().statusBar().message().startsWith("Not a web address"));
        assertThat(fx(() -> address().getPseudoClassStates().contains(Styles.INVALID))).isTrue();
        assertThat(fx(() -> browser.location().get())).isEqualTo(base.toString());
    }

    @Test
    void aPageThatCannotLoadShowsWhyAndCanBeRetried() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        Browser browser = fx(() -> app.window().browser());
        waitForPage(browser, base.toString());
        fx(() -> browser.navigate("127.0.0.1:" + closedPort + "/"));

        Node card = robot.lookup("#load-error").query();
        waitUntil("the failure card", card::isVisible);
        assertThat(app.window().statusBar().message()).startsWith("Could not load");
        assertThat(fx(() -> browser.failure().get())).isNotBlank();

        robot.clickOn("#address");
        robot.push(KeyCode.CONTROL, KeyCode.A).eraseText(1);
        robot.write(base.toString());
        robot.type(KeyCode.ENTER);
        waitForPage(browser, base.toString());
        waitUntil("the card gone", () -> !card.isVisible());
    }

    @Test
    void ctrlPlusZoomsTheWindowAndThePage() {
        Browser browser = fx(() -> app.window().browser());
        waitForPage(browser, base.toString());
        robot.clickOn("#address");
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        waitUntil("zoom 110 %", () -> app.window().zoom().percent().get() == 110);
        assertThat(fx(() -> browser.view().getZoom())).isEqualTo(1.1);
        assertThat(fx(() -> address().getFont().getSize())).isGreaterThan(13 * 1.1);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        waitUntil("zoom reset", () -> app.window().zoom().percent().get() == 100);
    }

    private TextField address() {
        return app.window().navigationBar().address();
    }

    private void page(String path, String title, String body) {
        server.createContext(path, exchange -> {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] html = ("<!doctype html><html><head><title>" + title + "</title></head><body><h1>" + title
                    + "</h1><p>" + body + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(html);
            } catch (IOException e) {
                // the browser went away
            }
        });
    }
}
