package dev.sessioninspector.browser.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sessioninspector.browser.engine.DemoShopTrust;
import dev.sessioninspector.capture.CaptureHooks;
import dev.sessioninspector.capture.CaptureSession;
import dev.sessioninspector.capture.CaptureSettings;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowListener;
import dev.sessioninspector.flow.FlowOptions;
import dev.sessioninspector.flow.FlowParser;
import dev.sessioninspector.flow.FlowRecorder;
import dev.sessioninspector.flow.FlowRunException;
import dev.sessioninspector.flow.RecordedFlow;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.testkit.Fx;
import dev.sessioninspector.testkit.MemorySink;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javafx.concurrent.Worker;
import javafx.scene.web.WebEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hardened demo shop over HTTPS in the WebView: its certificate is trusted for its own origin only, so
 * the Secure {@code __Host-} session cookie works there, while another origin with the very same
 * self-signed certificate is still refused.
 */
class DemoShopHttpsTest {
    private static final String HOST_COOKIE = "__Host-" + ShopSettings.COOKIE;

    @TempDir
    Path dir;

    @Test
    void theWebViewSignsInToTheHardenedShopOverHttpsAndRefusesAnyOtherSelfSignedOrigin() throws Exception {
        Fx.start();
        try (DemoShop shop = DemoShop.start(0, ShopSettings.hardened());
             DemoShop foreign = DemoShop.start(0, ShopSettings.hardened())) {
            assertThat(shop.baseUri().getScheme()).isEqualTo("https");
            String origin = DemoShopTrust.grant(shop);
            assertThat(origin).isEqualTo("https://127.0.0.1:" + shop.baseUri().getPort());
            MemorySink sink = new MemorySink();
            CaptureHooks.resetCookies();
            CaptureSession session = CaptureHooks.attach(sink, CaptureSettings.defaults());
            try {
                WebEngine engine = Fx.newEngine();
                assertThat(Fx.load(engine, shop.baseUri().resolve("/login").toString()))
                        .isEqualTo(Worker.State.SUCCEEDED);
                Fx.script(engine, "document.getElementById('username').value = 'alice';"
                        + "document.getElementById('password').value = 'wonderland';");
                assertThat(Fx.waitForLoad(engine,
                        () -> engine.executeScript("document.getElementById('login-button').click()")))
                        .isEqualTo(Worker.State.SUCCEEDED);
                assertThat(Fx.fx(engine::getLocation)).isEqualTo(shop.baseUri().resolve("/account").toString());
                assertThat((String) Fx.script(engine, "document.querySelector('a.user').textContent"))
                        .contains("alice");
                // the Secure, HttpOnly __Host- cookie is invisible to the page but was sent back over HTTPS
                assertThat((String) Fx.script(engine, "document.cookie")).doesNotContain(HOST_COOKIE);
                session.flush(Duration.ofSeconds(10));
                Exchange account = sink.exchange("GET", "/account").orElseThrow();
                assertThat(account.status()).isEqualTo(200);
                assertThat(account.requestHeaders().first("Cookie")).hasValueSatisfying(
                        c -> assertThat(c).contains(HOST_COOKIE + "="));
                assertThat(sink.cookieEvents(e -> e.cookie().name().equals(HOST_COOKIE))).isNotEmpty()
                        .allSatisfy(e -> assertThat(e.cookie().secure()).isTrue());

                // same certificate, other origin: not trusted
                assertThat(Fx.load(engine, foreign.baseUri().toString())).isEqualTo(Worker.State.FAILED);
                session.flush(Duration.ofSeconds(10));
                assertThat(sink.exchanges()).anySatisfy(e -> {
                    assertThat(e.url().getPort()).isEqualTo(foreign.baseUri().getPort());
                    assertThat(e.status()).isZero();
                    assertThat(e.error()).containsIgnoringCase("SSL");
                });
            } finally {
                session.close();
                DemoShopTrust.release(origin);
            }
            assertThat(CaptureHooks.trusts(origin)).isFalse();
        }
    }

    @Test
    void trustIsForHttpsOriginsOnly() {
        assertThrows(IllegalArgumentException.class, () -> CaptureHooks.trustForOrigin("http://127.0.0.1:8080",
                DemoShop.demoClientContext().getSocketFactory()));
        assertThrows(IllegalArgumentException.class, () -> CaptureHooks.trustForOrigin("https://127.0.0.1:8443/shop",
                DemoShop.demoClientContext().getSocketFactory()));
        try (DemoShop plain = DemoShop.start(0, ShopSettings.weak())) {
            assertThat(DemoShopTrust.grant(plain)).isNull();
        }
        CaptureHooks.trustForOrigin("https://LOCALHOST", DemoShop.demoClientContext().getSocketFactory());
        try {
            assertThat(CaptureHooks.trusts("https://localhost:443")).isTrue();
            assertThat(CaptureHooks.trusts("https://localhost:8443")).isFalse();
        } finally {
            CaptureHooks.clearTrust("https://localhost/");
        }
        assertThat(CaptureHooks.trusts("https://localhost")).isFalse();
    }

    private static Flow teaShop(DemoShop shop) {
        return FlowParser.parse("""
                { "name": "Hardened tea shop", "baseUrl": "%s", "authenticatedUrl": "/account",
                  "steps": [ {"get": "/login"},
                    {"fill": "#username", "value": "alice"}, {"fill": "#password", "value": "wonderland"},
                    {"click": "#login-button", "mark": "login"}, {"waitFor": "a.user"},
                    {"get": "/account"} ] }
                """.formatted(shop.baseUri()), "hardened.json");
    }

    @Test
    void theBrowserEngineUsesTheFlowsTlsForTheFlowsOriginOnlyAndOnlyForTheRun() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.hardened());
             Project project = Project.open(dir.resolve("https.db"))) {
            String origin = "https://127.0.0.1:" + shop.baseUri().getPort();
            FlowRunException untrusted = assertThrows(FlowRunException.class, () -> FlowRecorder.record(project,
                    teaShop(shop), new BrowserFlowEngine(), Clock.systemUTC(), FlowOptions.defaults(),
                    FlowListener.NONE));
            assertThat(untrusted.unreachable()).isTrue();
            assertThat(untrusted.getMessage()).startsWith("target unreachable at step 1 (GET " + shop.baseUri()
                    .resolve("/login")).containsIgnoringCase("SSL");

            FlowOptions trustDemo = FlowOptions.defaults().withTls(DemoShop.demoClientContext(),
                    DemoShop.demoTrustManager());
            RecordedFlow r = FlowRecorder.record(project, teaShop(shop), new BrowserFlowEngine(), Clock.systemUTC(),
                    trustDemo, FlowListener.NONE);
            assertThat(CaptureHooks.trusts(origin)).isFalse();
            RecordingData data = project.load(r.recording().id());
            assertThat(data.exchanges()).isNotEmpty().allSatisfy(e -> {
                assertThat(e.url().getScheme()).isEqualTo("https");
                assertThat(e.failed()).isFalse();
            });
            Marker login = data.markers().stream().filter(m -> m.kind() == Marker.Kind.LOGIN).findFirst().orElseThrow();
            Exchange post = data.exchange(login.exchangeId()).orElseThrow();
            assertThat(post.method()).isEqualTo("POST");
            assertThat(post.requestBody().text()).doesNotContain("wonderland");
            assertThat(data.exchanges()).filteredOn(e -> e.url().getPath().equals("/account"))
                    .allSatisfy(e -> assertThat(e.status()).isEqualTo(200));
            assertThat(data.cookieEvents()).anySatisfy(e -> {
                assertThat(e.cookie().name()).isEqualTo(HOST_COOKIE);
                assertThat(e.exchangeId()).isEqualTo(post.id());
            });
        }
    }
}
