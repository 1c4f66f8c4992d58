package dev.sessioninspector.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.RecordingSink;
import dev.sessioninspector.testkit.FakeClock;
import dev.sessioninspector.testkit.CaptureTestCase;
import dev.sessioninspector.testkit.Fx;
import dev.sessioninspector.testkit.MemorySink;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import javax.net.ssl.HttpsURLConnection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hooks with plain {@link HttpURLConnection}s, the way WebView's loader drives them. */
class ConnectionCaptureTest extends CaptureTestCase {
    @BeforeAll
    static void install() {
        CaptureHooks.install();
        CaptureHooks.install(); // idempotent
    }

    /** Opens, sends, reads everything and closes, like com.sun.webkit.network.URLLoader. */
    private static int fetch(String url, String method, byte[] body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
        c.setInstanceFollowRedirects(false);
        c.setRequestMethod(method);
        c.setRequestProperty("Accept", "*/*");
        if (body != null) {
            c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
            c.setDoOutput(true);
            c.setFixedLengthStreamingMode(body.length);
            c.connect();
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            }
        }
        int status = c.getResponseCode();
        InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        if (in != null) {
            in.readAllBytes();
            in.close();
        }
        return status;
    }

    private Exchange only(String method, String path) throws Exception {
        Fx.await(path, Duration.ofSeconds(10), () -> sink.exchange(method, path).isPresent());
        return sink.exchange(method, path).orElseThrow();
    }

    @Test
    void gzipBodiesAreKeptDecodedWithTheirHeaders() throws Exception {
        byte[] text = "hello ".repeat(1000).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(text);
        }
        server = new TestServer().route("/z", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            TestServer.send(ex, 200, "text/plain", zipped.toByteArray());
        });
        session = CaptureHooks.attach(sink, CaptureSettings.defaults());
        fetch(server.url("/z"), "GET", null);
        Exchange e = only("GET", "/z");
        assertThat(e.responseBody().bytes()).isEqualTo(text);
        assertThat(e.responseHeaders().first("Content-Encoding")).contains("gzip");
        assertThat(e.responseHeaders().first("Content-Length")).contains(String.valueOf(zipped.size()));
    }

    @Test
    void errorResponsesAreRecordedWhicheverStreamIsRead() throws Exception {
        server = new TestServer().route("/missing", ex -> TestServer.send(ex, 404, "text/plain",
                "no such page".getBytes(StandardCharsets.UTF_8)));
        session = CaptureHooks.attach(sink, CaptureSettings.defaults());
        assertThat(fetch(server.url("/missing"), "GET", null)).isEqualTo(404);
        Exchange read = only("GET", "/missing");
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.responseBody().text()).isEqualTo("no such page");
        assertThat(read.error()).isNull();

        HttpURLConnection c = (HttpURLConnection) new URL(server.url("/missing?again")).openConnection();
        assertThatThrownBy(c::getInputStream).isInstanceOf(FileNotFoundException.class);
        Fx.await("second", Duration.ofSeconds(10), () -> sink.exchanges().size() == 2);
        assertThat(sink.exchanges().get(1).status()).isEqualTo(404);
    }

    @Test
    void expiredCookiesAreReportedAtTheirExpiryTime() throws Exception {
        FakeClock clock = new FakeClock(Instant.parse("2030-01-01T00:00:00Z"));
        server = new TestServer().html("/set", "ok", "c1short=1; Max-Age=60; Path=/").html("/later", "ok");
        session = CaptureHooks.attach(sink, CaptureSettings.defaults().withClock(clock));
        fetch(server.url("/set"), "GET", null);
        only("GET", "/set");
        clock.advance(Duration.ofMinutes(5));
        fetch(server.url("/later"), "GET", null);
        only("GET", "/later");
        session.flush(Duration.ofSeconds(5));

        assertThat(sink.cookieEvents(e -> e.cookie().name().equals("c1short")))
                .extracting(CookieEvent::kind).containsExactly(CookieEvent.Kind.SET, CookieEvent.Kind.EXPIRED);
        CookieEvent expired = sink.cookieEvents(e -> e.kind() == CookieEvent.Kind.EXPIRED).get(0);
        assertThat(expired.time()).isEqualTo(Instant.parse("2030-01-01T00:01:00Z"));
        assertThat(expired.source()).isEqualTo(CookieEvent.Source.CLIENT);
        assertThat(expired.exchangeId()).isNull();
    }

    @Test
    void setCookieLinesKeepTheirWireOrder() throws Exception {
        server = new TestServer().html("/twice", "ok", "c2=first; Path=/", "c2other=x; HttpOnly", "c2=second; Path=/");
        session = CaptureHooks.attach(sink, CaptureSettings.defaults());
        fetch(server.url("/twice"), "GET", null);
        Exchange e = only("GET", "/twice");
        session.flush(Duration.ofSeconds(5));
        assertThat(e.responseHeaders().values("Set-Cookie"))
                .containsExactly("c2=first; Path=/", "c2other=x; HttpOnly", "c2=second; Path=/");
        assertThat(sink.cookieEvents(ev -> ev.cookie().name().equals("c2")))
                .extracting(ev -> ev.kind() + ":" + ev.cookie().value())
                .containsExactly("SET:first", "CHANGED:second");
    }

    @Test
    void requestBodiesAreCappedButTheirSizeIsKept() throws Exception {
        server = new TestServer().html("/post", "ok");
        session = CaptureHooks.attach(sink, CaptureSettings.defaults().withMaxBodyBytes(16));
        byte[] body = ("a=" + "x".repeat(100)).getBytes(StandardCharsets.US_ASCII);
        fetch(server.url("/post"), "POST", body);
        Exchange e = only("POST", "/post");
        assertThat(e.requestBody().originalSize()).isEqualTo(body.length);
        assertThat(e.requestBody().text()).isEqualTo("a=" + "x".repeat(14));
        assertThat(e.duration()).isPositive();
        assertThat(e.requestHeaders().first("Host")).contains(java.net.URI.create(server.base()).getAuthority());
    }

    @Test
    void aFailingSinkIsCountedAndNeverReachesTheBrowser() throws Exception {
        server = new TestServer().html("/", "ok", "c3=1");
        RecordingSink broken = new RecordingSink() {
            @Override
            public long reserveExchangeId() {
                return 1;
            }

            @Override
            public long exchange(Exchange exchange) {
                throw new IllegalStateException("disk full");
            }

            @Override
            public void cookieEvent(CookieEvent event) {
                throw new IllegalStateException("disk full");
            }

            @Override
            public void marker(Marker marker) {
            }

            @Override
            public void storage(dev.sessioninspector.model.StorageSnapshot snapshot) {
            }
        };
        session = CaptureHooks.attach(broken, CaptureSettings.defaults());
        assertThat(fetch(server.url("/"), "GET", null)).isEqualTo(200);
        session.flush(Duration.ofSeconds(5));
        assertThat(session.counts().errors()).isEqualTo(2);
        assertThat(session.counts().exchanges()).isZero();
    }

    @Test
    void markersTieToTheLastExchangeAndDetachHandsEverythingOver() throws Exception {
        server = new TestServer().html("/login", "ok");
        session = CaptureHooks.attach(sink, CaptureSettings.defaults());
        fetch(server.url("/login"), "POST", "user=a&pwd=b".getBytes(StandardCharsets.US_ASCII));
        Exchange login = only("POST", "/login");
        assertThat(login.requestBody().text()).isEqualTo("user=a&pwd=********");
        session.mark(Marker.Kind.LOGIN, Marker.Source.USER, "signed in as a");
        CaptureHooks.detach();
        assertThat(session.closed()).isTrue();
        assertThat(CaptureHooks.session()).isEmpty();
        assertThat(sink.markers()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(Marker.Kind.LOGIN);
            assertThat(m.exchangeId()).isEqualTo(login.id());
            assertThat(m.label()).isEqualTo("signed in as a");
        });
        fetch(server.url("/login"), "GET", null);
        assertThat(sink.exchanges()).hasSize(1);
    }

    @Test
    void httpsConnectionsStayHttpsConnections() throws Exception {
        URL url = new URL("https://127.0.0.1:9/");
        assertThat(url.openConnection()).isInstanceOf(HttpsURLConnection.class);
        session = CaptureHooks.attach(sink, CaptureSettings.defaults());
        assertThat(url.openConnection()).isInstanceOf(HttpsURLConnection.class)
                .isInstanceOf(CapturedHttpsConnection.class);
        assertThat(new URL("http://127.0.0.1:9/").openConnection()).isInstanceOf(CapturedHttpConnection.class);
        assertThat(new URL("file:///tmp").openConnection()).isNotInstanceOf(HttpURLConnection.class);
    }

    @Test
    void attachingAgainClosesThePreviousSession() {
        CaptureSession first = CaptureHooks.attach(sink, CaptureSettings.defaults());
        session = CaptureHooks.attach(new MemorySink(), CaptureSettings.defaults());
        assertThat(first.closed()).isTrue();
        assertThat(CaptureHooks.session()).contains(session);
        assertThat(CaptureHooks.recording()).isTrue();
        session.pause();
        assertThat(CaptureHooks.recording()).isFalse();
        assertThat(CaptureHooks.counts()).isEqualTo(CaptureCounts.ZERO);
    }
}
