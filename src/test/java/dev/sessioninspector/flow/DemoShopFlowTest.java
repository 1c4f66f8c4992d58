package dev.sessioninspector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.cookie.CookieHeader;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.testkit.DemoShopFlows;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The design's tea-shop flow against the real demo shop: the recording shows whether the session rotated. */
class DemoShopFlowTest {
    @TempDir
    Path dir;

    private RecordingData record(ShopSettings settings) {
        try (DemoShop shop = DemoShop.start(0, settings);
             Project project = Project.open(dir.resolve(settings.rotateAtLogin() + ".db"))) {
            RecordedFlow r = FlowRecorder.record(project, DemoShopFlows.shop(shop.baseUri()), new HttpFlowEngine(), Clock.systemUTC(),
                    FlowOptions.defaults(), FlowListener.NONE);
            return project.load(r.recording().id());
        }
    }

    /** The SESSIONID the client sent in a request, if any. */
    private static Optional<String> sessionSent(Exchange e) {
        return e.requestHeaders().first("Cookie").stream().flatMap(h -> CookieHeader.parse(h).stream())
                .filter(c -> c.name().equals(ShopSettings.COOKIE)).map(Cookie::value).findFirst();
    }

    private static String before(RecordingData data, Marker login) {
        return data.exchanges().stream().filter(e -> e.start().isBefore(login.time()))
                .map(DemoShopFlowTest::sessionSent).flatMap(Optional::stream).reduce((a, b) -> b).orElseThrow();
    }

    private static String after(RecordingData data, Marker login) {
        return data.exchanges().stream().filter(e -> e.id() > login.exchangeId())
                .map(DemoShopFlowTest::sessionSent).flatMap(Optional::stream).findFirst().orElseThrow();
    }

    @Test
    void theWeakShopKeepsTheSessionIdAcrossLoginAndTheRecordingShowsIt() {
        RecordingData data = record(ShopSettings.weak());
        List<Marker> marks = data.markers();
        assertThat(marks).extracting(Marker::kind).containsExactly(Marker.Kind.LOGIN, Marker.Kind.LOGOUT);
        Exchange login = data.exchange(marks.get(0).exchangeId()).orElseThrow();
        assertThat(login.method()).isEqualTo("POST");
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.requestBody().text()).isEqualTo("username=alice&password=%5Bmasked%5D");
        assertThat(data.exchanges()).anySatisfy(e -> assertThat(e.redirectOf()).isEqualTo(login.id()));
        assertThat(after(data, marks.get(0))).isEqualTo(before(data, marks.get(0)));
    }

    @Test
    void aShopThatRotatesAtLoginShowsANewIdAfterIt() {
        RecordingData data = record(ShopSettings.weak().withRotateAtLogin(true));
        Marker login = data.markers().get(0);
        assertThat(after(data, login)).isNotEqualTo(before(data, login));
        assertThat(data.cookieEvents()).anySatisfy(e -> {
            assertThat(e.cookie().name()).isEqualTo(ShopSettings.COOKIE);
            assertThat(e.exchangeId()).isEqualTo(login.exchangeId());
            assertThat(e.valueChanged()).isTrue();
        });
    }

    @Test
    void theHardenedShopOverHttpsRotatesAndSendsAHardenedCookie() {
        ShopSettings hardened = ShopSettings.hardened();
        assertThat(hardened.https()).isTrue();
        try (DemoShop shop = DemoShop.start(0, hardened);
             Project project = Project.open(dir.resolve("hardened.db"))) {
            FlowOptions trustDemo = FlowOptions.defaults().withTls(DemoShop.demoClientContext(),
                    DemoShop.demoTrustManager());
            RecordedFlow r = FlowRecorder.record(project, DemoShopFlows.shop(shop.baseUri()), new HttpFlowEngine(), Clock.systemUTC(),
                    trustDemo, FlowListener.NONE);
            RecordingData data = project.load(r.recording().id());
            assertThat(data.exchanges()).allSatisfy(e -> assertThat(e.url().getScheme()).isEqualTo("https"));
            assertThat(data.exchanges()).noneMatch(Exchange::failed);
            Marker login = data.markers().get(0);
            var session = data.cookieEvents().stream().filter(e -> e.cookie().name().endsWith(ShopSettings.COOKIE))
                    .toList();
            assertThat(session).isNotEmpty().allSatisfy(e -> {
                assertThat(e.cookie().name()).isEqualTo("__Host-" + ShopSettings.COOKIE);
                assertThat(e.cookie().secure()).isTrue();
            });
            assertThat(session).anySatisfy(e -> {
                assertThat(e.exchangeId()).isEqualTo(login.exchangeId());
                assertThat(e.cookie().httpOnly()).isTrue();
                assertThat(e.valueChanged()).isTrue();
            });
        }
    }

    @Test
    void withoutTheDemoTrustAnHttpsShopIsUnreachable() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.hardened());
             Project project = Project.open(dir.resolve("untrusted.db"))) {
            FlowRunException e = org.junit.jupiter.api.Assertions.assertThrows(FlowRunException.class,
                    () -> FlowRecorder.record(project, DemoShopFlows.shop(shop.baseUri()), new HttpFlowEngine(), Clock.systemUTC(),
                            FlowOptions.defaults(), FlowListener.NONE));
            assertThat(e.getMessage()).startsWith("target unreachable at step 1").contains("SSL");
        }
    }

    @Test
    void theAppSampleSignsInThroughTheJsonApiAndSendsTheTokenAsABearer() throws Exception {
        String sample = java.nio.file.Files.readString(Path.of("samples/demo-app.flow.json"));
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak());
             Project project = Project.open(dir.resolve("app.db"))) {
            Flow flow = FlowParser.parse(sample.replace("http://127.0.0.1:8080",
                    shop.baseUri().toString().replaceAll("/$", "")), "demo-app.flow.json");
            RecordedFlow r = FlowRecorder.record(project, flow, new HttpFlowEngine(), Clock.systemUTC(),
                    FlowOptions.defaults(), FlowListener.NONE);
            RecordingData data = project.load(r.recording().id());
            assertThat(data.exchanges()).extracting(Exchange::method, e -> e.url().getPath(), Exchange::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("GET", "/app", 200),
                            org.assertj.core.groups.Tuple.tuple("GET", "/app/api/me", 401),
                            org.assertj.core.groups.Tuple.tuple("POST", "/app/api/login", 200),
                            org.assertj.core.groups.Tuple.tuple("GET", "/app/api/me", 200),
                            org.assertj.core.groups.Tuple.tuple("GET", "/app/api/me", 200),
                            org.assertj.core.groups.Tuple.tuple("POST", "/app/api/logout", 200),
                            org.assertj.core.groups.Tuple.tuple("GET", "/app/api/me", 401));
            String token = data.exchanges().get(2).responseBody().text().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            assertThat(token).startsWith("eyJ");
            assertThat(data.exchanges().get(3).requestHeaders().first("Authorization")).contains("Bearer " + token);
            assertThat(data.exchanges().get(2).requestBody().text()).contains("\"password\":\"[masked]\"");
            assertThat(data.cookieEvents()).isEmpty();
        }
    }
}
