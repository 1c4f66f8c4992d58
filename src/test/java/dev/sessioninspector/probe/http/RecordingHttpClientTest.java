package dev.sessioninspector.probe.http;

import static dev.sessioninspector.probe.http.TestServer.redirect;
import static dev.sessioninspector.probe.http.TestServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.testkit.MemorySink;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecordingHttpClientTest {
    private final TestServer server = new TestServer();
    private final MemorySink sink = new MemorySink();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void eachRedirectHopIsItsOwnExchangeAndCookiesFlowBetweenThem() {
        server.route("/login", (ex, body) -> redirect(ex, 302, "/welcome",
                        "Set-Cookie", "SID=new; Path=/; HttpOnly", "Set-Cookie", "theme=dark"))
                .route("/welcome", (ex, body) -> redirect(ex, 303, "/account#top"))
                .route("/account", (ex, body) -> send(ex, 200, "<h1>Hello alice</h1>", "Content-Type", "text/html"));
        try (RecordingHttpClient client = RecordingHttpClient.builder(sink).build()) {
            byte[] form = "user=alice&password=secret".getBytes(StandardCharsets.UTF_8);
            HttpResult result = client.send(new HttpRequestSpec("POST", server.uri("/login"), Headers.EMPTY, form,
                    "application/x-www-form-urlencoded", "user=alice&password=%5Bmasked%5D".getBytes(
                    StandardCharsets.UTF_8), Initiator.FLOW));

            assertThat(result.hops()).extracting(Exchange::method, e -> e.url().getPath(), Exchange::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("POST", "/login", 302),
                            org.assertj.core.groups.Tuple.tuple("GET", "/welcome", 303),
                            org.assertj.core.groups.Tuple.tuple("GET", "/account", 200));
            assertThat(result.unfollowed()).isNull();
            assertThat(sink.exchanges()).containsExactlyElementsOf(result.hops());
            Exchange login = result.first();
            assertThat(login.redirectOf()).isNull();
            assertThat(result.hops().get(1).redirectOf()).isEqualTo(login.id());
            assertThat(result.hops().get(2).redirectOf()).isEqualTo(result.hops().get(1).id());
            assertThat(result.hops().get(1).initiator()).isEqualTo(Initiator.REDIRECT);
            assertThat(login.initiator()).isEqualTo(Initiator.FLOW);
            // what was sent is on the wire as sent; what is recorded is masked
            assertThat(server.received.get(0).body()).isEqualTo("user=alice&password=secret");
            assertThat(login.requestBody().text()).isEqualTo("user=alice&password=%5Bmasked%5D");
            assertThat(login.requestHeaders().first("Host")).contains("127.0.0.1:" + server.uri("/").getPort());
            assertThat(login.requestHeaders().first("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("application/x-www-form-urlencoded"));
            assertThat(login.responseHeaders().values("Set-Cookie"))
                    .containsExactly("SID=new; Path=/; HttpOnly", "theme=dark");
            // the next hop carries the cookies the redirect set, and the body of the POST is gone
            assertThat(result.hops().get(1).requestHeaders().first("Cookie")).contains("SID=new; theme=dark");
            assertThat(server.received.get(1).header("Cookie")).isEqualTo("SID=new; theme=dark");
            assertThat(server.received.get(1).body()).isEmpty();
            assertThat(result.hops().get(1).requestHeaders().has("Content-Type")).isFalse();
            assertThat(result.last().url().toString()).doesNotContain("#");
            assertThat(result.last().responseBody().text()).isEqualTo("<h1>Hello alice</h1>");
            // one event per jar change, naming the exchange whose response caused it
            assertThat(sink.cookieEvents()).extracting(e -> e.cookie().name(), CookieEvent::kind, CookieEvent::exchangeId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("SID", CookieEvent.Kind.SET, login.id()),
                            org.assertj.core.groups.Tuple.tuple("theme", CookieEvent.Kind.SET, login.id()));
            assertThat(sink.cookieEvents().get(0).cookie().httpOnly()).isTrue();
            assertThat(sink.cookieEvents().get(0).cookie().raw()).isEqualTo("SID=new; Path=/; HttpOnly");
            assertThat(client.cookieJar().size()).isEqualTo(2);
        }
    }

    @Test
    void temporaryAndPermanentRedirectsRepeatTheMethodAndBody() {
        server.route("/a", (ex, body) -> redirect(ex, 307, "/b"))
                .route("/b", (ex, body) -> redirect(ex, 308, "/c"))
                .route("/c", (ex, body) -> send(ex, 201, "made"));
        try (RecordingHttpClient client = RecordingHttpClient.builder(sink).build()) {
            HttpResult r = client.send(new HttpRequestSpec("POST", server.uri("/a"), Headers.EMPTY,
                    "x=1".getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", null, null));
            assertThat(r.hops()).extracting(Exchange::method).containsExactly("POST", "POST", "POST");
            assertThat(server.received).extracting(TestServer.Received::body).containsExactly("x=1", "x=1", "x=1");
            assertThat(r.last().status()).isEqualTo(201);
        }
    }

    @Test
    void aRedirectToAnotherOriginIsRecordedButNotFollowed() {
        try (TestServer other = new TestServer()) {
            other.route("/", (ex, body) -> send(ex, 200, "elsewhere"));
            server.route("/go", (ex, body) -> redirect(ex, 302, other.uri("/landing").toString()));
            try (RecordingHttpClient client = RecordingHttpClient.builder(sink).build()) {
                HttpResult r = client.send(HttpRequestSpec.get(server.uri("/go")));
                assertThat(r.hops()).hasSize(1);
                assertThat(r.unfollowed()).isEqualTo(other.uri("/landing"));
                assertThat(r.unfollowedReason()).isEqualTo("outside http://127.0.0.1:" + server.uri("/").getPort());
                assertThat(other.received).isEmpty();
            }
        }
    }

    @Test
    void aRedirectLoopStopsAtTheLimit() {
        server.route("/loop", (ex, body) -> redirect(ex, 302, "/loop"));
        try (RecordingHttpClient client = RecordingHttpClient.builder(sink).maxRedirects(3).build()) {
            HttpResult r = client.send(HttpRequestSpec.get(server.uri("/loop")));
            assertThat(r.hops()).hasSize(4);
            assertThat(r.unfollowedReason()).isEqualTo("more than 3 redirects");
        }
    }

    @Test
    void bodiesAreCappedButKeepTheirOriginalSize() {
        String big = "x".repeat(300_000);
        server.route("/big", (ex, body) -> send(ex, 200, big));
        try (RecordingHttpClient client = RecordingHttpClient.builder(sink).bodyCap(1000).build()) {
            Exchange e = client.send(new HttpRequestSpec("POST", server.uri("/big"), Headers.EMPTY,
                    big.getBytes(StandardCharsets.UTF_8), "text/plain", null, null)).last();
            assertThat(e.responseBody().keptSize()).isEqualTo(1000);
            assertThat(e.responseBody().originalSize()).isEqualTo(300_000);
            assertThat(e.requestBody().keptSize()).isEqualTo(1000);
            assertThat(e.requestBody().originalSize()).isEqualTo(300_000);
            assertThat(server.received.get(0).body()).hasSize(300_000);
        }
    }

    @Test
    void anExplicitCookieHeaderIsSentInsteadOfTheJarsAndDeletionsAreEvents() {
        server.route("/set", (ex, body) -> send(ex, 200, "", "Set-Cookie", "SID=1"))
                .route("/replay", (ex, body) -> send(ex, 200, ""))
                .route("/bye", (ex, body) -> send(ex, 200, "", "Set-Cookie", "SID=; Max-Age=0"));
        try (RecordingHttpClient client = RecordingHttpClient.builder(sink).build()) {
            client.send(HttpRequestSpec.get(server.uri("/set")));
            client.send(new HttpRequestSpec("GET", server.uri("/replay"), Headers.of("Cookie", "SID=old"), null, null,
                    null, Initiator.PROBE));
            Exchange bye = client.send(HttpRequestSpec.get(server.uri("/bye"))).last();
            assertThat(server.received.get(1).header("Cookie")).isEqualTo("SID=old");
            assertThat(server.received.get(2).header("Cookie")).isEqualTo("SID=1");
            assertThat(sink.cookieEvents()).extracting(CookieEvent::kind)
                    .containsExactly(CookieEvent.Kind.SET, CookieEvent.Kind.DELETED);
            assertThat(sink.cookieEvents().get(1).exchangeId()).isEqualTo(bye.id());
            assertThat(sink.cookieEvents().get(1).previous().value()).isEqualTo("1");
        }
    }

    @Test
    void anUnreachableTargetIsRecordedAsAFailedExchange() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        try (RecordingHttpClient client = RecordingHttpClient.builder(sink).build()) {
            HttpResult r = client.send(HttpRequestSpec.get(URI.create("http://127.0.0.1:" + closedPort + "/")));
            assertThat(r.failed()).isTrue();
            assertThat(r.last().status()).isZero();
            assertThat(r.last().error()).startsWith("ConnectException");
            assertThat(r.last().requestHeaders().first("User-Agent")).hasValueSatisfying(
                    ua -> assertThat(ua).startsWith("session-inspector/"));
            assertThat(sink.exchanges()).containsExactly(r.last());
        }
    }
}
