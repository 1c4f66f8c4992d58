package dev.sessioninspector.browser.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sessioninspector.cookie.CookieHeader;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowEngines;
import dev.sessioninspector.flow.FlowListener;
import dev.sessioninspector.flow.FlowOptions;
import dev.sessioninspector.flow.FlowParser;
import dev.sessioninspector.flow.FlowRecorder;
import dev.sessioninspector.flow.FlowRunException;
import dev.sessioninspector.flow.FlowStep;
import dev.sessioninspector.flow.HttpFlowEngine;
import dev.sessioninspector.flow.RecordedFlow;
import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.Origins;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.store.Project;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser engine plays flows in a headless WebView; capture records them as the GUI would. */
class BrowserFlowEngineTest {
    private static final Set<Initiator> PAGES = Set.of(Initiator.DOCUMENT, Initiator.FORM, Initiator.REDIRECT,
            Initiator.FLOW);

    @TempDir
    Path dir;

    private static Flow browserFlow(DemoShop shop) {
        return FlowParser.parse("""
                { "name": "Tea shop in the browser", "baseUrl": "%s", "authenticatedUrl": "/account",
                  "steps": [ {"get": "/"}, {"get": "/login"},
                    {"fill": "#username", "value": "alice"}, {"fill": "#password", "value": "wonderland"},
                    {"click": "#login-button", "mark": "login"}, {"get": "/account"},
                    {"post": "/cart/add", "form": {"item": "tea"}}, {"get": "/logout", "mark": "logout"} ] }
                """.formatted(shop.baseUri()), "browser.json");
    }

    /** The same visit for the http engine: the sign-in form is posted instead of filled and clicked. */
    private static Flow httpFlow(DemoShop shop) {
        return FlowParser.parse("""
                { "name": "Tea shop over http", "baseUrl": "%s", "authenticatedUrl": "/account",
                  "steps": [ {"get": "/"}, {"get": "/login"},
                    {"post": "/login", "form": {"username": "alice", "password": "wonderland"}, "mark": "login"},
                    {"get": "/account"},
                    {"post": "/cart/add", "form": {"item": "tea"}}, {"get": "/logout", "mark": "logout"} ] }
                """.formatted(shop.baseUri()), "http.json");
    }

    private static List<String> pageRequests(RecordingData data) {
        return data.exchanges().stream().filter(e -> PAGES.contains(e.initiator()))
                .map(e -> e.method() + " " + path(e)).toList();
    }

    @Test
    void theDemoShopFlowIsRecordedAsTheBrowserSentIt() {
        List<String> progress = Collections.synchronizedList(new ArrayList<>());
        FlowListener listener = new FlowListener() {
            @Override
            public void stepFinished(int number, FlowStep step, String outcome) {
                progress.add(number + " " + outcome);
            }
        };
        RecordingData browser;
        RecordingData http;
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak());
             Project project = Project.open(dir.resolve("flows.db"))) {
            assertThat(FlowEngines.find("browser")).get().isInstanceOf(BrowserFlowEngine.class);
            RecordedFlow b = FlowRecorder.record(project, browserFlow(shop), FlowEngines.find("browser").orElseThrow(),
                    Clock.systemUTC(), FlowOptions.defaults(), listener);
            assertThat(b.run().engine()).isEqualTo("browser");
            assertThat(b.run().stepsRun()).isEqualTo(8);
            browser = project.load(b.recording().id());
            RecordedFlow h = FlowRecorder.record(project, httpFlow(shop), new HttpFlowEngine(), Clock.systemUTC(),
                    FlowOptions.defaults(), FlowListener.NONE);
            http = project.load(h.recording().id());
        }
        assertThat(progress).contains("3 filled").anyMatch(p -> p.startsWith("5 302 -> 200 /account"));

        Exchange login = browser.exchanges().stream()
                .filter(e -> e.method().equals("POST") && path(e).equals("/login")).findFirst().orElseThrow();
        assertThat(login.initiator()).isEqualTo(Initiator.FORM);
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.requestBody().text()).contains("username=alice").contains("password=")
                .doesNotContain("wonderland");
        Exchange account = browser.exchanges().stream().filter(e -> login.id() == nullToZero(e.redirectOf()))
                .findFirst().orElseThrow();
        assertThat(account.initiator()).isEqualTo(Initiator.REDIRECT);
        assertThat(path(account)).isEqualTo("/account");
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.responseBody().text()).contains("alice");

        // the session cookie travelled in Cookie headers, as WebView sent them
        assertThat(login.requestHeaders().first("Cookie")).hasValueSatisfying(h -> assertThat(CookieHeader.parse(h))
                .extracting(Cookie::name).contains(ShopSettings.COOKIE, "theme"));
        // the page script's theme cookie is a SCRIPT event; the session cookie a SERVER one
        assertThat(browser.cookieEvents()).anySatisfy(e -> {
            assertThat(e.source()).isEqualTo(CookieEvent.Source.SCRIPT);
            assertThat(e.cookie().name()).isEqualTo("theme");
            assertThat(e.kind()).isEqualTo(CookieEvent.Kind.SET);
        });
        assertThat(browser.cookieEvents()).anySatisfy(e -> {
            assertThat(e.source()).isEqualTo(CookieEvent.Source.SERVER);
            assertThat(e.cookie().name()).isEqualTo(ShopSettings.COOKIE);
        });
        assertThat(browser.storage()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.origin()).isEqualTo(Origins.of(browser.recording().target())));

        List<Marker> marks = browser.markers().stream().filter(m -> m.source() == Marker.Source.FLOW).toList();
        assertThat(marks).extracting(Marker::kind).containsExactly(Marker.Kind.LOGIN, Marker.Kind.LOGOUT);
        assertThat(marks.get(0).exchangeId()).isEqualTo(login.id());
        assertThat(marks.get(0).time()).isEqualTo(login.start());
        assertThat(marks.get(0).label()).isEqualTo("step 5: click #login-button");
        Exchange logout = browser.exchange(marks.get(1).exchangeId()).orElseThrow();
        assertThat(logout.method() + " " + path(logout)).isEqualTo("GET /logout");

        // the same visit through the http engine asks for the same pages in the same order
        assertThat(pageRequests(browser)).isEqualTo(pageRequests(http)).containsSubsequence(
                "GET /", "GET /login", "POST /login", "GET /account", "POST /cart/add", "GET /logout");
        // and the browser also fetched what the pages link to, which the http engine does not
        assertThat(browser.exchanges()).anyMatch(e -> e.initiator() == Initiator.SUBRESOURCE
                && path(e).equals("/static/shop.css"));
    }

    /** The path without the weak shop's {@code ;jsessionid=…} (each run has its own). */
    private static String path(Exchange e) {
        return e.url().getRawPath().replaceFirst(";.*", "");
    }

    private static long nullToZero(Long id) {
        return id == null ? 0 : id;
    }

    @Test
    void anElementThatNeverAppearsIsAClearStepErrorAndKeepsWhatWasRecorded() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak());
             Project project = Project.open(dir.resolve("wait.db"))) {
            Flow flow = FlowParser.parse("""
                    { "name": "Waits", "baseUrl": "%s",
                      "steps": [ {"get": "/login"}, {"waitFor": "#username"}, {"waitFor": "#captcha"} ] }
                    """.formatted(shop.baseUri()), "wait.json");
            FlowRunException e = assertThrows(FlowRunException.class, () -> FlowRecorder.record(project, flow,
                    new BrowserFlowEngine(Duration.ofMillis(1500)), Clock.systemUTC(), FlowOptions.defaults(),
                    FlowListener.NONE));
            assertThat(e.getMessage()).isEqualTo("step 3 (waitFor #captcha): nothing matched #captcha within 1500 ms on "
                    + shop.baseUri().resolve("/login"));
            assertThat(e.step()).isEqualTo(3);
            assertThat(e.unreachable()).isFalse();
            RecordingData kept = project.load(e.recordingId());
            assertThat(kept.exchanges()).anyMatch(x -> x.url().getPath().equals("/login") && x.status() == 200);
        }
    }

    @Test
    void aMissingOrInvalidSelectorNamesTheStep() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak());
             Project project = Project.open(dir.resolve("missing.db"))) {
            Flow missing = FlowParser.parse("""
                    { "name": "Missing", "baseUrl": "%s",
                      "steps": [ {"get": "/login"}, {"fill": "#user", "value": "alice"} ] }
                    """.formatted(shop.baseUri()), "m.json");
            FlowRunException e = assertThrows(FlowRunException.class, () -> FlowRecorder.record(project, missing,
                    new BrowserFlowEngine(), Clock.systemUTC(), FlowOptions.defaults(), FlowListener.NONE));
            assertThat(e.getMessage()).isEqualTo("step 2 (fill #user): no element matches #user on "
                    + shop.baseUri().resolve("/login"));
            Flow invalid = FlowParser.parse("""
                    { "name": "Invalid", "baseUrl": "%s", "steps": [ {"get": "/"}, {"click": "a[href="} ] }
                    """.formatted(shop.baseUri()), "i.json");
            e = assertThrows(FlowRunException.class, () -> FlowRecorder.record(project, invalid,
                    new BrowserFlowEngine(), Clock.systemUTC(), FlowOptions.defaults(), FlowListener.NONE));
            assertThat(e.getMessage()).startsWith("step 2 (click a[href=): not a valid CSS selector: a[href= (");
        }
    }

    @Test
    void anUnreachableBaseUrlIsReportedAsUnreachable() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        try (Project project = Project.open(dir.resolve("down.db"))) {
            Flow flow = FlowParser.parse("""
                    { "name": "Down", "baseUrl": "http://127.0.0.1:%d", "steps": [ {"get": "/"}, {"get": "/login"} ] }
                    """.formatted(closed), "down.json");
            FlowRunException e = assertThrows(FlowRunException.class, () -> FlowRecorder.record(project, flow,
                    new BrowserFlowEngine(), Clock.systemUTC(), FlowOptions.defaults(), FlowListener.NONE));
            assertThat(e.unreachable()).isTrue();
            assertThat(e.step()).isEqualTo(1);
            assertThat(e.getMessage()).startsWith("target unreachable at step 1 (GET http://127.0.0.1:" + closed + "/): ");
            RecordingData kept = project.load(e.recordingId());
            assertThat(kept.exchanges()).singleElement().satisfies(x -> {
                assertThat(x.status()).isZero();
                assertThat(x.error()).isNotBlank();
            });
        }
    }

    @Test
    void theAppSectionSignsInThroughItsApiAndTheBearerTokenIsRecorded() throws Exception {
        String sample = java.nio.file.Files.readString(Path.of("samples/demo-app.browser.flow.json"));
        RecordingData data;
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak());
             Project project = Project.open(dir.resolve("app.db"))) {
            Flow flow = FlowParser.parse(sample.replace("http://127.0.0.1:8080",
                    shop.baseUri().toString().replaceAll("/$", "")), "demo-app.browser.flow.json");
            RecordedFlow r = FlowRecorder.record(project, flow, FlowEngines.find("browser").orElseThrow(),
                    Clock.systemUTC(), FlowOptions.defaults(), FlowListener.NONE);
            data = project.load(r.recording().id());
        }
        Exchange login = data.exchanges().stream()
                .filter(e -> e.method().equals("POST") && path(e).equals("/app/api/login")).findFirst().orElseThrow();
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.requestBody().text()).contains("\"username\":\"alice\"").doesNotContain("wonderland");
        String token = login.responseBody().text().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        assertThat(token).startsWith("eyJ");
        assertThat(data.exchanges()).anySatisfy(e -> {
            assertThat(path(e)).isEqualTo("/app/api/me");
            assertThat(e.status()).isEqualTo(200);
            assertThat(e.requestHeaders().first("Authorization")).contains("Bearer " + token);
        });
        assertThat(data.exchanges()).anySatisfy(e -> assertThat(path(e)).isEqualTo("/app/api/logout"));
        List<Marker> marks = data.markers().stream().filter(m -> m.source() == Marker.Source.FLOW).toList();
        assertThat(marks).extracting(Marker::kind).containsExactly(Marker.Kind.LOGIN, Marker.Kind.LOGOUT);
        assertThat(data.storage()).anySatisfy(s -> assertThat(s.entries()).containsEntry("token", token));
    }
}
