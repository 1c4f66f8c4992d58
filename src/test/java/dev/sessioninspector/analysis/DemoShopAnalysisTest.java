package dev.sessioninspector.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowContext;
import dev.sessioninspector.flow.FlowOptions;
import dev.sessioninspector.flow.HttpFlowEngine;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.Severity;
import dev.sessioninspector.testkit.DemoShopFlows;
import dev.sessioninspector.testkit.MemorySink;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The analysis against the real demo shop, recorded by the real http flow engine: the weak profile fails
 * what it gets wrong, the hardened one raises no false alarm.
 */
class DemoShopAnalysisTest {
    private static RecordingData record(DemoShop shop, FlowOptions options) {
        Flow flow = DemoShopFlows.shop(shop.baseUri());
        MemorySink sink = new MemorySink();
        Instant start = Instant.now();
        new HttpFlowEngine().run(flow, new FlowContext(sink, Clock.systemUTC(), options, null));
        return sink.toRecordingData(flow.name(), flow.baseUrl(), start);
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

}
