package dev.sessioninspector.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.sessioninspector.analysis.SignedInOracle;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.testkit.MemorySink;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The limits every probe works within: origin lock, request budget, redirects kept on the origin, ID shapes. */
class ProbeSafetyTest {
    private HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();
    private URI base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            hits.incrementAndGet();
            String path = ex.getRequestURI().getPath();
            if (path.equals("/away")) {
                ex.getResponseHeaders().add("Location", "http://192.0.2.1/elsewhere");
                ex.sendResponseHeaders(302, -1);
            } else if (path.equals("/loop")) {
                ex.getResponseHeaders().add("Location", "/loop");
                ex.sendResponseHeaders(302, -1);
            } else {
                byte[] b = "<p>hello</p>".getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "text/html");
                ex.sendResponseHeaders(200, b.length);
                try (OutputStream o = ex.getResponseBody()) {
                    o.write(b);
                }
            }
            ex.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private ProbeClient.Run run(ProbePolicy policy, MemorySink sink) {
        return new ProbeClient.Run(policy, sink, Clock.systemUTC(), RateLimiter.system(0));
    }

    @Test
    void thePolicyAllowsOnlyTheRecordedOrigin() {
        ProbePolicy p = ProbePolicy.defaults(URI.create("http://127.0.0.1:8080/shop/account"));
        assertThat(p.origin()).isEqualTo(URI.create("http://127.0.0.1:8080"));
        assertThat(p.allows(URI.create("http://127.0.0.1:8080/other?x=1"))).isTrue();
        assertThat(p.allows(URI.create("http://127.0.0.1:8081/"))).isFalse();
        assertThat(p.allows(URI.create("https://127.0.0.1:8080/"))).isFalse();
        assertThat(p.allows(URI.create("http://localhost:8080/"))).isFalse();
        assertThat(ProbePolicy.defaults(URI.create("http://h.example/")).allows(URI.create("http://h.example:80/x")))
                .isTrue();
        assertThatThrownBy(() -> p.withLimits(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRequestOffTheOriginIsRefusedBeforeAnythingIsSent() {
        MemorySink sink = new MemorySink();
        try (ProbeClient c = new ProbeClient(run(ProbePolicy.defaults(base), sink))) {
            assertThatThrownBy(() -> c.get(URI.create("http://127.0.0.2:" + base.getPort() + "/")))
                    .isInstanceOf(ProbeRefusedException.class).hasMessageContaining("outside the recorded origin");
        }
        assertThat(sink.exchanges()).isEmpty();
        assertThat(hits).hasValue(0);
    }

    @Test
    void redirectsOffTheOriginAreRecordedNotFollowedAndEveryHopIsAProbeExchange() {
        MemorySink sink = new MemorySink();
        ProbeClient.Run run = run(ProbePolicy.defaults(base), sink);
        try (ProbeClient c = new ProbeClient(run)) {
            ProbeClient.Response r = c.get(base.resolve("/away"));
            assertThat(r.hops()).hasSize(1);
            assertThat(r.last().status()).isEqualTo(302);
        }
        assertThat(sink.exchanges()).extracting(Exchange::initiator).containsOnly(Initiator.PROBE);
        assertThat(sink.cookieEvents()).as("probe jars record no cookie events").isEmpty();
        assertThat(run.sent).anyMatch(l -> l.contains("redirect to http://192.0.2.1/elsewhere not followed"));
        assertThat(run.sent.get(0)).isEqualTo("#1 GET " + base.resolve("/away") + " (no cookies) -> 302");
    }

    @Test
    void theBudgetStopsAProbeThatWouldSendMore() {
        MemorySink sink = new MemorySink();
        ProbeClient.Run run = run(ProbePolicy.defaults(base).withLimits(5, 0), sink);
        try (ProbeClient c = new ProbeClient(run)) {
            assertThatThrownBy(() -> c.get(base.resolve("/loop"))).isInstanceOf(ProbeRefusedException.class)
                    .hasMessageContaining("budget of 5 requests");
        }
        assertThat(hits).hasValue(5);
        assertThat(sink.exchanges()).hasSize(5);
        assertThat(sink.cookieEvents()).as("probe jars record no cookie events").isEmpty();
    }

    @Test
    void theRunnerSendsNothingToATargetOutsideItsPolicy() {
        MemorySink sink = new MemorySink();
        ProbeTarget target = new ProbeTarget(base, "SID", base.resolve("/account"), "SID=abc", List.of("abcdef0123456789"),
                base.resolve("/"), SignInScript.NONE, SignedInOracle.none());
        ProbeResults r = new ProbeRunner(ProbePolicy.defaults(URI.create("http://127.0.0.1:1")), Clock.systemUTC(),
                d -> { }, new SplittableRandom(1)).run(target, ProbePlan.standard(), sink);
        assertThat(r.evidence()).isEmpty();
        assertThat(r.report().notes()).singleElement().asString().contains("nothing was sent");
        assertThat(hits).hasValue(0);
    }

    @Test
    void foreignIdsKeepTheShapeOfTheObservedOnes() {
        SplittableRandom random = new SplittableRandom(7);
        String hex = ForeignIds.forge(List.of("0001a2f3", "0001a2f4"), random);
        assertThat(hex).hasSize(8).matches("[0-9a-f]{8}").isNotIn("0001a2f3", "0001a2f4");
        String b64 = ForeignIds.forge(List.of("q3-Zx_09aBcDeFgHiJkLmN", "Tt8_kk-0aZZ9yyXXwwVVuu"), random);
        assertThat(b64).hasSize(22).matches("[A-Za-z0-9_-]{22}");
        String jetty = ForeignIds.forge(List.of("node01abcdefghijklmno123.node0", "node0zyxwvutsrqponmlk987.node0"), random);
        assertThat(jetty).startsWith("node0").endsWith(".node0").hasSize(30);
        String upperHex = ForeignIds.forge(List.of("9F3A2B7C11D0E4F5"), random);
        assertThat(upperHex).matches("[0-9A-F]{16}");
        assertThatThrownBy(() -> ForeignIds.forge(List.of(), random)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theUrlProbeTriesAFewSpellingsAndTheIdleProbeWaitsJustOverTheLimit() {
        assertThat(UrlIdProbe.variants(URI.create("http://h/account"), "__Host-SESSIONID", "a+b"))
                .extracting(URI::toString).containsExactly("http://h/account;jsessionid=a%2Bb",
                        "http://h/account?sessionid=a%2Bb", "http://h/account?sid=a%2Bb");
        assertThat(UrlIdProbe.variants(URI.create("http://h/account?tab=1"), "JSESSIONID", "x"))
                .extracting(URI::toString).containsExactly("http://h/account;jsessionid=x?tab=1",
                        "http://h/account?tab=1&jsessionid=x", "http://h/account?tab=1&sid=x",
                        "http://h/account?tab=1&sessionid=x");
        assertThat(IdleTimeoutProbe.idleFor(Duration.ofMinutes(15))).isEqualTo(Duration.ofSeconds(15 * 60 + 45));
        assertThat(IdleTimeoutProbe.idleFor(Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(6));
        assertThat(IdleTimeoutProbe.idleFor(Duration.ofHours(2))).isEqualTo(Duration.ofMinutes(121));
    }
}
