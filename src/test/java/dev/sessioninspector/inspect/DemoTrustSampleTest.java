package dev.sessioninspector.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowContext;
import dev.sessioninspector.flow.FlowOptions;
import dev.sessioninspector.flow.HttpFlowEngine;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.TokenSample;
import dev.sessioninspector.probe.ProbeResults;
import dev.sessioninspector.testkit.DemoShopFlows;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hardened demo shop over HTTPS: the token sample trusts the demo's own certificate when the environment
 * trusts it for the demo's origin, and for no other origin.
 */
class DemoTrustSampleTest {
    private static final FlowOptions DEMO_TLS = FlowOptions.defaults()
            .withTls(DemoShop.demoClientContext(), DemoShop.demoTrustManager());

    private static ProbeEnvironment env() {
        return new ProbeEnvironment(Clock.systemUTC(), d -> { }, new SecureRandom(), FlowOptions.defaults());
    }

    @Test
    void theDemoTrustIsForTheDemoOriginOnly() {
        URI demo = URI.create("https://127.0.0.1:8443/");
        ProbeEnvironment e = env().trustingOnly(demo, DEMO_TLS);
        assertThat(e.policy(URI.create("https://127.0.0.1:8443")).tls()).isNotNull();
        assertThat(e.policy(URI.create("https://127.0.0.1:9443")).tls()).isNull();
        assertThat(e.policy(URI.create("https://example.org")).tls()).isNull();
        assertThat(e.withSleeper(d -> { }).policy(URI.create("https://example.org")).tls()).isNull();
        assertThat(env().withFlowOptions(DEMO_TLS).policy(URI.create("https://example.org")).tls())
                .as("the command line's trust is for its target, whatever it is").isNotNull();
    }

    @Test
    void aSampleIsTakenOverHttpsWithTheDemoTrustAndNotWithout() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.hardened().withHttps(true))) {
            Flow flow = DemoShopFlows.shop(shop.baseUri());
            MemoryRecording sink = new MemoryRecording(new Recording(1, "Tea shop", flow.baseUrl(), Instant.now(), null));
            new HttpFlowEngine().run(flow, new FlowContext(sink, Clock.systemUTC(), DEMO_TLS, null));
            RecordingData data = sink.data();
            assertThat(data.exchanges()).isNotEmpty();

            List<TokenSample> taken = new ArrayList<>();
            ProbeResults trusted = new Sampler(env().trustingOnly(shop.baseUri(), DEMO_TLS))
                    .sample(InspectedRecording.inMemory(MemoryRecording.continuing(data)), InspectionInputs.NONE, 30,
                            taken::add);
            assertThat(taken).singleElement().satisfies(s -> assertThat(s.tokens()).hasSizeGreaterThanOrEqualTo(30));
            assertThat(trusted.samples()).hasSize(1);

            ProbeResults elsewhere = new Sampler(env().trustingOnly(URI.create("https://127.0.0.1:1"), DEMO_TLS))
                    .sample(InspectedRecording.inMemory(MemoryRecording.continuing(data)), InspectionInputs.NONE, 30,
                            s -> { });
            assertThat(elsewhere.samples()).as("the demo trust is not lent to the shop's origin when scoped elsewhere")
                    .isEmpty();
        }
    }
}
