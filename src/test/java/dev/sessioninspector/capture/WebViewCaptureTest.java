package dev.sessioninspector.capture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.testkit.CaptureTestCase;
import dev.sessioninspector.testkit.Fx;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javafx.concurrent.Worker;
import javafx.scene.web.WebEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real WebView (headless) browsing a loopback site while capture records. */
class WebViewCaptureTest extends CaptureTestCase {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff, (byte) 0xfe, 0x7f};

    @BeforeAll
    static void startFx() throws Exception {
        Fx.start();
    }

    private static final String SHOP_PAGE = """
            <html><head><title>loading</title></head><body>
            <img src="/img.png">
            <form id="login" method="post" action="/login">
              <input name="user" value="alice"><input type="password" name="password" value="s3cret!">
            </form>
            <script>
              document.cookie = 'w1js=1; path=/';
              var seen = document.cookie;
              var pending = 2;
              function done() { if (--pending === 0) { document.title = 'ready|' + seen; } }
              fetch('/api', { method: 'POST', headers: { 'Content-Type': 'application/json' },
                              body: JSON.stringify({ user: 'alice', password: 'p@ss' }) })
                .then(function (r) { return r.text(); }).then(done);
              var x = new XMLHttpRequest();
              x.onload = done;
              x.open('GET', '/xhr');
              x.send();
            </script></body></html>""";

    private void shopServer() {
        server = new TestServer()
                .html("/", SHOP_PAGE, "w1sid=first; Path=/; HttpOnly", "w1pref=light; Path=/")
                .route("/img.png", ex -> TestServer.send(ex, 200, "image/png", PNG))
                .route("/api", ex -> {
                    ex.getResponseHeaders().add("Set-Cookie", "w1api=yes; Path=/");
                    TestServer.send(ex, 200, "application/json", "{\"ok\":true}".getBytes(StandardCharsets.UTF_8));
                })
                .route("/xhr", ex -> TestServer.send(ex, 200, "text/plain", "x".getBytes(StandardCharsets.UTF_8)))
                .route("/login", ex -> TestServer.redirect(ex, 303, "/account", "w1sid=second; Path=/; HttpOnly"))
                .html("/account", "<html><body>signed in</body></html>");
    }

    /** Loads the shop page, waits for its fetch and XHR, and submits its login form. */
    private WebEngine signInOnShop() throws Exception {
        WebEngine engine = Fx.newEngine();
        assertThat(Fx.load(engine, server.url("/"))).isEqualTo(Worker.State.SUCCEEDED);
        Fx.await("fetch and XHR", Duration.ofSeconds(20),
                () -> String.valueOf(Fx.script(engine, "document.title")).startsWith("ready"));
        assertThat(Fx.waitForLoad(engine, () -> engine.executeScript("document.getElementById('login').submit()")))
                .isEqualTo(Worker.State.SUCCEEDED);
        return engine;
    }

    private WebEngine browseShop() throws Exception {
        WebEngine engine = signInOnShop();
        Fx.await("the redirect target", Duration.ofSeconds(10),
                () -> sink.exchange("GET", "/account").isPresent());
        assertThat(session.flush(Duration.ofSeconds(10))).isTrue();
        return engine;
    }

    @Test
    void recordsEachExchangeWithWhatWasReallySent() throws Exception {
        shopServer();
        session = CaptureHooks.attach(sink, CaptureSettings.defaults());
        browseShop();

        Exchange page = sink.exchange("GET", "/").orElseThrow();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.initiator()).isEqualTo(Initiator.DOCUMENT);
        assertThat(page.responseHeaders().values("Set-Cookie"))
                .containsExactly("w1sid=first; Path=/; HttpOnly", "w1pref=light; Path=/");
        assertThat(page.responseBody().text()).isEqualTo(SHOP_PAGE);
        assertThat(page.requestHeaders().first("User-Agent")).hasValueSatisfying(ua -> assertThat(ua).contains("JavaFX"));
        assertThat(page.requestHeaders().first("Sec-Fetch-Dest")).contains("document");

        Exchange image = sink.exchange("GET", "/img.png").orElseThrow();
        assertThat(page.start()).as("the page is asked for before the image it names").isBeforeOrEqualTo(image.start());
        assertThat(image.initiator()).isEqualTo(Initiator.SUBRESOURCE);
        assertThat(image.responseBody().bytes()).isEqualTo(PNG);

        Exchange api = sink.exchange("POST", "/api").orElseThrow();
        assertThat(api.initiator()).isEqualTo(Initiator.XHR);
        assertThat(api.requestHeaders().first("Origin")).contains(server.base());
        assertThat(api.requestBody().text()).isEqualTo("{\"user\":\"alice\",\"password\":\"********\"}");
        assertThat(server.received().stream().filter(r -> r.path().equals("/api")).findFirst().orElseThrow().body())
                .asString(StandardCharsets.UTF_8).contains("p@ss");

        assertThat(sink.exchange("GET", "/xhr").orElseThrow().initiator()).isEqualTo(Initiator.XHR);

        Exchange login = sink.exchange("POST", "/login").orElseThrow();
        assertThat(login.initiator()).isEqualTo(Initiator.FORM);
        assertThat(login.status()).isEqualTo(303);
        assertThat(login.requestBody().text()).isEqualTo("user=alice&password=********");
        assertThat(login.requestBody().originalSize()).isEqualTo(login.requestBody().keptSize());
        assertThat(login.responseHeaders().values("Set-Cookie")).containsExactly("w1sid=second; Path=/; HttpOnly");
        assertThat(login.requestHeaders().values("Cookie")).singleElement()
                .asString().contains("w1sid=first", "w1pref=light", "w1js=1", "w1api=yes");

        Exchange account = sink.exchange("GET", "/account").orElseThrow();
        assertThat(account.redirectOf()).as(() -> sink.exchanges().stream().map(e -> e.id() + " " + e.method() + " "
                + e.url() + " " + e.status() + " " + e.redirectOf() + " " + e.start() + " " + e.duration()).toList().toString())
                .isEqualTo(login.id());
        assertThat(account.initiator()).isEqualTo(Initiator.REDIRECT);
        assertThat(account.requestHeaders().values("Cookie")).singleElement().asString().contains("w1sid=second");

        // The Cookie header recorded is the one the server received, for every request.
        for (TestServer.Received r : server.received()) {
            Exchange e = sink.exchange(r.method(), r.path()).orElseThrow();
            List<String> sent = r.headers().getOrDefault("Cookie", List.of());
            assertThat(e.requestHeaders().values("Cookie")).as(r.path()).isEqualTo(sent);
        }
        assertThat(sink.exchanges()).hasSize(server.received().size());
        assertThat(session.counts().exchanges()).isEqualTo(server.received().size());
    }

    @Test
    void turnsServerAndScriptCookiesIntoEvents() throws Exception {
        shopServer();
        session = CaptureHooks.attach(sink, CaptureSettings.defaults());
        browseShop();
        long pageId = sink.exchange("GET", "/").orElseThrow().id();
        long loginId = sink.exchange("POST", "/login").orElseThrow().id();

        List<CookieEvent> sid = sink.cookieEvents(e -> e.cookie().name().equals("w1sid"));
        assertThat(sid).extracting(CookieEvent::kind).containsExactly(CookieEvent.Kind.SET, CookieEvent.Kind.CHANGED);
        assertThat(sid.get(0).source()).isEqualTo(CookieEvent.Source.SERVER);
        assertThat(sid.get(0).exchangeId()).isEqualTo(pageId);
        assertThat(sid.get(0).cookie().httpOnly()).isTrue();
        assertThat(sid.get(0).cookie().raw()).isEqualTo("w1sid=first; Path=/; HttpOnly");
        assertThat(sid.get(1).exchangeId()).isEqualTo(loginId);
        assertThat(sid.get(1).previous().value()).isEqualTo("first");
        assertThat(sid.get(1).cookie().value()).isEqualTo("second");

        CookieEvent js = sink.cookieEvents(e -> e.cookie().name().equals("w1js")).get(0);
        assertThat(js.kind()).isEqualTo(CookieEvent.Kind.SET);
        assertThat(js.source()).isEqualTo(CookieEvent.Source.SCRIPT);
        assertThat(js.exchangeId()).isNull();
        assertThat(js.url().getScheme()).isEqualTo("http");
        assertThat(js.url().getPort()).isEqualTo(java.net.URI.create(server.base()).getPort());

        assertThat(sink.cookieEvents(e -> e.cookie().name().equals("w1api")))
                .singleElement().satisfies(e -> assertThat(e.exchangeId())
                        .isEqualTo(sink.exchange("POST", "/api").orElseThrow().id()));
        assertThat(session.counts().cookieEvents()).isEqualTo(sink.cookieEvents().size());
    }

    @Test
    void scriptCookieChangesAndDeletionsAreEvents() throws Exception {
        server = new TestServer().html("/", """
                <html><body><script>
                  document.cookie = 'w2a=1; path=/';
                  document.cookie = 'w2a=2; path=/';
                  document.cookie = 'w2a=; path=/; max-age=0';
                  document.cookie = 'w2b=kept; path=/; SameSite=Strict';
                </script></body></html>""");
        session = CaptureHooks.attach(sink, CaptureSettings.defaults());
        WebEngine engine = Fx.newEngine();
        assertThat(Fx.load(engine, server.url("/"))).isEqualTo(Worker.State.SUCCEEDED);
        session.flush(Duration.ofSeconds(5));

        assertThat(sink.cookieEvents(e -> e.cookie().name().equals("w2a")))
                .extracting(CookieEvent::kind, CookieEvent::source)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CookieEvent.Kind.SET, CookieEvent.Source.SCRIPT),
                        org.assertj.core.groups.Tuple.tuple(CookieEvent.Kind.CHANGED, CookieEvent.Source.SCRIPT),
                        org.assertj.core.groups.Tuple.tuple(CookieEvent.Kind.DELETED, CookieEvent.Source.SCRIPT));
        CookieEvent b = sink.cookieEvents(e -> e.cookie().name().equals("w2b")).get(0);
        assertThat(b.cookie().sameSite()).isEqualTo(dev.sessioninspector.model.SameSite.STRICT);
        assertThat(b.cookie().httpOnly()).isFalse();
        assertThat(Fx.script(engine, "document.cookie")).asString().contains("w2b=kept").doesNotContain("w2a");
    }

    @Test
    void keepsPasswordsWhenTheSettingSaysSo() throws Exception {
        shopServer();
        session = CaptureHooks.attach(sink, CaptureSettings.defaults().withMaskPasswords(false));
        browseShop();
        assertThat(sink.exchange("POST", "/login").orElseThrow().requestBody().text())
                .isEqualTo("user=alice&password=s3cret%21");
        assertThat(sink.exchange("POST", "/api").orElseThrow().requestBody().text()).contains("p@ss");
    }

    @Test
    void withNothingAttachedTheBrowserWorksAsUsual() throws Exception {
        shopServer();
        CaptureHooks.detach();
        browseShopWithoutRecording();
        TestServer.Received login = server.received().stream().filter(r -> r.path().equals("/login")).findFirst()
                .orElseThrow();
        assertThat(new String(login.body(), StandardCharsets.UTF_8)).isEqualTo("user=alice&password=s3cret%21");
        assertThat(server.received()).extracting(TestServer.Received::path).contains("/account", "/api", "/xhr");
        assertThat(sink.exchanges()).isEmpty();
    }

    private void browseShopWithoutRecording() throws Exception {
        WebEngine engine = signInOnShop();
        assertThat(Fx.script(engine, "document.body.textContent")).isEqualTo("signed in");
    }

    @Test
    void recordsNothingWhilePaused() throws Exception {
        server = new TestServer().html("/", "<html><body>one</body></html>", "w4=1; Path=/")
                .html("/two", "<html><body>two</body></html>", "w4=2; Path=/");
        session = CaptureHooks.attach(sink, CaptureSettings.defaults());
        session.pause();
        assertThat(CaptureHooks.recording()).isFalse();
        WebEngine engine = Fx.newEngine();
        Fx.load(engine, server.url("/"));
        session.resume();
        Fx.load(engine, server.url("/two"));
        Fx.await("second page", Duration.ofSeconds(10), () -> sink.exchange("GET", "/two").isPresent());
        session.flush(Duration.ofSeconds(5));

        assertThat(sink.exchanges()).extracting(e -> e.url().getPath()).containsExactly("/two");
        // The session followed the cookie while paused, so the change after resuming is a change.
        assertThat(sink.cookieEvents(e -> e.cookie().name().equals("w4")))
                .singleElement().satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(CookieEvent.Kind.CHANGED);
                    assertThat(e.previous().value()).isEqualTo("1");
                });
    }
}
