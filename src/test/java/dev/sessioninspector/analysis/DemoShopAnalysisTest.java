package dev.sessioninspector.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowContext;
import dev.sessioninspector.flow.FlowOptions;
import dev.sessioninspector.flow.FlowParser;
import dev.sessioninspector.flow.HttpFlowEngine;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.RecordingSink;
import dev.sessioninspector.model.Severity;
import dev.sessioninspector.model.StorageSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The analysis against the real demo shop, recorded by the real http flow engine: the weak profile fails
 * what it gets wrong, the hardened one raises no false alarm.
 */
class DemoShopAnalysisTest {
    private static final String FLOW = """
            { "name": "Tea shop", "baseUrl": "%s", "authenticatedUrl": "/account",
              "steps": [ {"get": "/"}, {"get": "/login"},
                {"post": "/login", "form": {"username": "alice", "password": "wonderland"}, "mark": "login"},
                {"get": "/account"}, {"post": "/cart/add", "form": {"item": "sencha"}},
                {"get": "/logout", "mark": "logout"}, {"get": "/"} ] }
            """;

    private static RecordingData record(DemoShop shop, FlowOptions options) {
        String base = shop.baseUri().toString().replaceAll("/$", "");
        Flow flow = FlowParser.parse(FLOW.formatted(base), "test flow");
        MemorySink sink = new MemorySink();
        Instant start = Instant.now();
        new HttpFlowEngine().run(flow, new FlowContext(sink, Clock.systemUTC(), options, null));
        return new RecordingData(new Recording(1, flow.name(), flow.baseUrl(), start, Instant.now()), sink.exchanges,
                sink.events, sink.markers, sink.storage);
    }

    @Test
    void theWeakProfileFailsEveryPassiveCheckItGetsWrong() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak())) {
            RecordingData data = record(shop, FlowOptions.defaults());
            AnalysisResult r = new AnalysisEngine().analyze(data);
            assertThat(r.sessionCookieNames()).containsExactly("SESSIONID");
            assertThat(r.login().source()).isEqualTo(Marker.Source.FLOW);
            assertThat(r.oracle()).contains("/account");
            for (String rule : List.of("session.not-rotated-at-login", "session.id-in-url", "session.long-lived-cookie",
                    "session.id-too-short", "cookie.missing-httponly", "cookie.missing-secure",
                    "cookie.missing-samesite", "transport.session-over-http")) {
                assertThat(r.check(rule).orElseThrow().status()).as(rule).isEqualTo(CheckStatus.FAIL);
            }
            assertThat(r.findings("transport.session-over-http").get(0).severity()).isEqualTo(Severity.LOW);
            assertThat(r.check("cookie.broad-domain").orElseThrow().status()).isEqualTo(CheckStatus.PASS);
            assertThat(r.check("session.accepts-foreign-id").orElseThrow().status()).isEqualTo(CheckStatus.SKIPPED);
            // the sign-out gives a fresh anonymous session: two consecutive counter values are in the recording
            assertThat(r.check("session.id-predictable").orElseThrow().status()).isEqualTo(CheckStatus.FAIL);
            assertThat(r.check("session.id-predictable").orElseThrow().detail()).contains("sequential");
        }
    }

    @Test
    void theHardenedProfileRaisesNoFalseAlarm() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.hardened())) {
            RecordingData data = record(shop, FlowOptions.defaults()
                    .withTls(DemoShop.demoClientContext(), DemoShop.demoTrustManager()));
            AnalysisResult r = new AnalysisEngine().analyze(data);
            assertThat(r.sessionCookieNames()).containsExactly("__Host-SESSIONID");
            assertThat(r.findings()).isEmpty();
            for (String rule : List.of("session.not-rotated-at-login", "session.id-in-url", "session.long-lived-cookie",
                    "cookie.missing-httponly", "cookie.missing-secure", "cookie.missing-samesite", "cookie.broad-domain",
                    "transport.session-over-http")) {
                assertThat(r.check(rule).orElseThrow().status()).as(rule).isEqualTo(CheckStatus.PASS);
            }
        }
    }

    /** Keeps what a flow records, in memory. */
    static final class MemorySink implements RecordingSink {
        final List<Exchange> exchanges = new ArrayList<>();
        final List<CookieEvent> events = new ArrayList<>();
        final List<Marker> markers = new ArrayList<>();
        final List<StorageSnapshot> storage = new ArrayList<>();
        private final AtomicLong ids = new AtomicLong();

        @Override
        public long reserveExchangeId() {
            return ids.incrementAndGet();
        }

        @Override
        public synchronized long exchange(Exchange exchange) {
            long id = exchange.id() != 0 ? exchange.id() : ids.incrementAndGet();
            exchanges.add(exchange.withId(id).withRecordingId(1));
            return id;
        }

        @Override
        public synchronized void cookieEvent(CookieEvent event) {
            events.add(event.withId(events.size() + 1).withRecordingId(1));
        }

        @Override
        public synchronized void marker(Marker marker) {
            markers.add(marker.withId(markers.size() + 1).withRecordingId(1));
        }

        @Override
        public synchronized void storage(StorageSnapshot snapshot) {
            storage.add(snapshot.withId(storage.size() + 1).withRecordingId(1));
        }
    }
}
