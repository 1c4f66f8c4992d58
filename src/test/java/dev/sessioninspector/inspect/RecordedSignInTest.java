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
import dev.sessioninspector.probe.ScriptedRequest;
import dev.sessioninspector.probe.SignInScript;
import dev.sessioninspector.testkit.DemoShopFlows;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the probes replay of a recorded login ({@link FlowSignIn#recorded}, the app's path): the login POST with the
 * password put back, the logout, no old session ID in the URL, the form fields in order.
 */
class RecordedSignInTest {
    @Test
    void theRecordedLoginIsReplayedWithThePasswordPutBack() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak())) {
            Flow flow = DemoShopFlows.shop(shop.baseUri());
            MemoryRecording sink = new MemoryRecording(new Recording(1, "Tea shop", flow.baseUrl(), Instant.now(), null));
            new HttpFlowEngine().run(flow, new FlowContext(sink, Clock.systemUTC(), FlowOptions.defaults(), null));
            RecordingData data = sink.data();

            SignInScript script = FlowSignIn.recorded(data, InspectionInputs.NONE, DemoShop.DEMO_PASSWORD);
            assertThat(script.canSignIn()).isTrue();
            ScriptedRequest login = script.signIn().get(script.signIn().size() - 1);
            assertThat(login.method()).isEqualTo("POST");
            assertThat(login.url().getPath()).isEqualTo("/login");
            assertThat(login.form()).containsEntry("password", DemoShop.DEMO_PASSWORD);
            assertThat(script.signOut()).singleElement()
                    .satisfies(out -> assertThat(out.url().getPath()).isEqualTo("/logout"));

            assertThat(FlowSignIn.recorded(data, InspectionInputs.NONE, " ")).isEqualTo(SignInScript.NONE);
            assertThat(FlowSignIn.recorded(data, InspectionInputs.NONE, null)).isEqualTo(SignInScript.NONE);
        }
    }

    @Test
    void recordedSessionIdsAreTakenOutOfReplayedUrls() {
        List<String> names = List.of("SESSIONID");
        assertThat(FlowSignIn.withoutSessionId(URI.create("http://127.0.0.1:8080/login;jsessionid=0001719b"), names))
                .hasToString("http://127.0.0.1:8080/login");
        assertThat(FlowSignIn.withoutSessionId(URI.create("http://h/a;JSESSIONID=x/b?SESSIONID=1&next=%2Fcart"),
                names)).hasToString("http://h/a/b?next=%2Fcart");
        assertThat(FlowSignIn.withoutSessionId(URI.create("https://h:8443/login?SESSIONID=1"), names))
                .hasToString("https://h:8443/login");
        assertThat(FlowSignIn.withoutSessionId(URI.create("http://h/plain?q=1"), names))
                .hasToString("http://h/plain?q=1");
    }

    @Test
    void formsKeepTheirFieldOrderAndDecode() {
        assertThat(FlowSignIn.parseForm("username=alice&password=%2A%2A%2A&_csrf=abc&note=a+b"))
                .containsExactly(Map.entry("username", "alice"), Map.entry("password", "***"),
                        Map.entry("_csrf", "abc"), Map.entry("note", "a b"));
    }
}
