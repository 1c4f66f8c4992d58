package dev.sessioninspector.capture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.testkit.CaptureTestCase;
import dev.sessioninspector.testkit.Fx;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import javafx.concurrent.Worker;
import javafx.scene.web.WebEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hostile and odd traffic is recorded faithfully (or refused with a reason) and never breaks the browser. */
class WebViewBadInputTest extends CaptureTestCase {
    @BeforeAll
    static void startFx() throws Exception {
        Fx.start();
    }

    @Test
    void malformedSetCookieLinesAreRecordedRawAndRefusedWithAReason() throws Exception {
        String[] lines = {"=;;; ===", "b1good=1; Path=/", "b1foreign=1; Domain=evil.example", "; HttpOnly",
                "b1bad=\u00ff\u0001x; Expires=not a date", "b1late=2; Expires=Thu, 01 Jan 1970 00:00:00 GMT"};
        server = new TestServer().html("/", "<html><body>still fine</body></html>", lines);
        session = CaptureHooks.attach(sink, CaptureSettings.defaults());
        WebEngine engine = Fx.newEngine();

        assertThat(Fx.load(engine, server.url("/"))).isEqualTo(Worker.State.SUCCEEDED);
        assertThat(Fx.script(engine, "document.body.textContent")).isEqualTo("still fine");
        Fx.await("the page", Duration.ofSeconds(10), () -> sink.exchange("GET", "/").isPresent());
        session.flush(Duration.ofSeconds(5));

        Exchange page = sink.exchange("GET", "/").orElseThrow();
        assertThat(page.responseHeaders().values("Set-Cookie")).hasSize(lines.length);
        assertThat(page.responseHeaders().values("Set-Cookie")).contains("=;;; ===", "b1foreign=1; Domain=evil.example",
                "b1good=1; Path=/");
        assertThat(sink.cookieEvents(e -> e.cookie().name().equals("b1good")))
                .singleElement().extracting(CookieEvent::kind).isEqualTo(CookieEvent.Kind.SET);
        assertThat(sink.cookieEvents(e -> e.cookie().name().equals("b1foreign"))).isEmpty();
        assertThat(sink.markers()).filteredOn(m -> m.kind() == Marker.Kind.NOTE)
                .anySatisfy(m -> {
                    assertThat(m.label()).startsWith("Set-Cookie ignored: ").contains("evil.example");
                    assertThat(m.exchangeId()).isEqualTo(page.id());
                });
        assertThat(session.counts().errors()).isZero();
    }

    @Test
    void aSetCookieTheJdkChokesOnNeitherBreaksThePageNorTheRecording() throws Exception {
        // HttpURLConnection.getHeaderFields() throws on "Max-Age=abc" (java.net.HttpCookie), which would make
        // WebView give up on the page; the connection wrapper answers with the same view built safely.
        server = new TestServer().html("/", "<html><body>x</body></html>", "b2=1; Max-Age=abc", "b2h=2; HttpOnly");
        session = CaptureHooks.attach(sink, CaptureSettings.defaults());
        WebEngine engine = Fx.newEngine();
        assertThat(Fx.load(engine, server.url("/"))).isEqualTo(Worker.State.SUCCEEDED);
        Fx.await("the page", Duration.ofSeconds(10), () -> sink.exchange("GET", "/").isPresent());
        session.flush(Duration.ofSeconds(5));

        Exchange page = sink.exchange("GET", "/").orElseThrow();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.error()).isNull();
        assertThat(page.responseHeaders().values("Set-Cookie")).containsExactly("b2=1; Max-Age=abc", "b2h=2; HttpOnly");
        // RFC 6265bis ignores the bad Max-Age and keeps the cookie; the browser did too.
        assertThat(sink.cookieEvents(e -> e.cookie().name().equals("b2"))).hasSize(1);
        assertThat(Fx.script(engine, "document.cookie")).asString().contains("b2=1").doesNotContain("b2h");
    }

    @Test
    void evenWithoutRecordingAMalformedSetCookieDoesNotBreakThePage() throws Exception {
        server = new TestServer().html("/", "<html><body>fine</body></html>", "=;;; ===", "; HttpOnly");
        CaptureHooks.detach();
        WebEngine engine = Fx.newEngine();
        assertThat(Fx.load(engine, server.url("/"))).isEqualTo(Worker.State.SUCCEEDED);
        assertThat(Fx.script(engine, "document.body.textContent")).isEqualTo("fine");
    }

    @Test
    void binaryNonUtf8AndHugeTrafficIsKeptByteForByteWithinTheCap() throws Exception {
        byte[] binary = new byte[300_000];
        new Random(7).nextBytes(binary);
        byte[] latin1Page = "<html><body>caf\u00e9 \u00e0 la cr\u00e8me</body></html>".getBytes(StandardCharsets.ISO_8859_1);
        String big = "v".repeat(64 * 1024);
        server = new TestServer()
                .route("/", ex -> {
                    ex.getResponseHeaders().add("X-Big", big);
                    TestServer.send(ex, 200, "text/html; charset=iso-8859-1", latin1Page);
                })
                .route("/blob", ex -> TestServer.send(ex, 200, "application/octet-stream", binary))
                .route("/upload", ex -> TestServer.send(ex, 204, "text/plain", new byte[0]));
        int cap = 64 * 1024;
        session = CaptureHooks.attach(sink, CaptureSettings.defaults().withMaxBodyBytes(cap));
        WebEngine engine = Fx.newEngine();
        assertThat(Fx.load(engine, server.url("/"))).isEqualTo(Worker.State.SUCCEEDED);
        Fx.script(engine, """
                var x = new XMLHttpRequest();
                x.open('POST', '/upload');
                x.setRequestHeader('X-Huge', 'h'.repeat(65536));
                x.send(new Uint8Array([0, 255, 254, 128, 10, 13, 0xe9]));
                var y = new XMLHttpRequest();
                y.open('GET', '/blob');
                y.send();
                """);
        Fx.await("upload and blob", Duration.ofSeconds(20),
                () -> sink.exchange("POST", "/upload").isPresent() && sink.exchange("GET", "/blob").isPresent());
        session.flush(Duration.ofSeconds(5));

        Exchange page = sink.exchange("GET", "/").orElseThrow();
        assertThat(page.responseHeaders().first("X-Big")).contains(big);
        assertThat(page.responseBody().bytes()).isEqualTo(latin1Page);

        Exchange upload = sink.exchange("POST", "/upload").orElseThrow();
        assertThat(upload.requestHeaders().first("X-Huge")).hasValueSatisfying(v -> assertThat(v).hasSize(65536));
        assertThat(upload.requestBody().bytes()).containsExactly(0, 255, 254, 128, 10, 13, 0xe9);
        assertThat(upload.status()).isEqualTo(204);

        Exchange blob = sink.exchange("GET", "/blob").orElseThrow();
        assertThat(blob.responseBody().originalSize()).isEqualTo(binary.length);
        assertThat(blob.responseBody().truncated()).isTrue();
        assertThat(blob.responseBody().bytes()).isEqualTo(Arrays.copyOf(binary, cap));
    }

    @Test
    void aServerThatDoesNotAnswerIsAnExchangeWithAnError() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        session = CaptureHooks.attach(sink, CaptureSettings.defaults());
        WebEngine engine = Fx.newEngine();
        String url = "http://127.0.0.1:" + closedPort + "/gone";
        assertThat(Fx.load(engine, url)).isEqualTo(Worker.State.FAILED);
        Fx.await("the failed exchange", Duration.ofSeconds(10), () -> sink.exchange("GET", "/gone").isPresent());
        Exchange gone = sink.exchange("GET", "/gone").orElseThrow();
        assertThat(gone.failed()).isTrue();
        assertThat(gone.error()).contains("Connect");
    }
}
