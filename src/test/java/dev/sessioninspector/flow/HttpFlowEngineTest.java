package dev.sessioninspector.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.testkit.SqliteCheck;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpFlowEngineTest {
    private final FakeShop shop = new FakeShop();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        shop.close();
    }

    private Flow loginLogoutFlow() {
        return FlowParser.parse("""
                {"name": "Fake shop", "baseUrl": "%s", "authenticatedUrl": "/account", "steps": [
                  {"get": "/"}, {"get": "/login"},
                  {"post": "/login", "form": {"username": "alice", "password": "secret"}, "mark": "login"},
                  {"get": "/account"},
                  {"get": "/logout", "mark": "logout"},
                  {"get": "/account"}]}""".formatted(shop.base()), "fake.json");
    }

    @Test
    void aLoginLogoutFlowIsRecordedHopByHopWithMarksAndCookieEvents() {
        Path db = dir.resolve("p.db");
        RecordedFlow recorded;
        try (Project project = Project.open(db)) {
            recorded = FlowRecorder.record(project, loginLogoutFlow(), new HttpFlowEngine(), Clock.systemUTC(),
                    FlowOptions.defaults(), FlowListener.NONE);
        }
        assertThat(recorded.run().stepsRun()).isEqualTo(6);
        assertThat(recorded.run().notes()).isEmpty();
        assertThat(recorded.recording().name()).isEqualTo("Fake shop");
        assertThat(recorded.recording().ended()).isNotNull();

        try (Project project = Project.open(db)) { // what a user reopening the file sees
            RecordingData data = project.load(recorded.recording().id());
            assertThat(data.exchanges()).extracting(Exchange::method, e -> e.url().getPath(), Exchange::status)
                    .containsExactly(tuple("GET", "/", 200), tuple("GET", "/login", 200),
                            tuple("POST", "/login", 302), tuple("GET", "/account", 200),
                            tuple("GET", "/account", 200),
                            tuple("GET", "/logout", 302), tuple("GET", "/", 200),
                            tuple("GET", "/account", 302), tuple("GET", "/login", 200));
            Exchange login = data.exchanges().get(2);
            assertThat(data.exchanges().get(3).redirectOf()).isEqualTo(login.id());
            assertThat(login.requestBody().text()).isEqualTo("username=alice&password=%5Bmasked%5D");
            assertThat(shop.requestBodies).contains("username=alice&password=secret");
            assertThat(login.requestHeaders().first("Cookie")).contains("SID=anon1");
            assertThat(data.exchanges().get(3).requestHeaders().first("Cookie")).contains("SID=auth2");
            assertThat(login.responseHeaders().values("Set-Cookie")).containsExactly("SID=auth2; Path=/; HttpOnly");

            Exchange logout = data.exchanges().get(5);
            assertThat(data.markers()).extracting(Marker::kind, Marker::source, Marker::exchangeId, Marker::label)
                    .containsExactly(tuple(Marker.Kind.LOGIN, Marker.Source.FLOW, login.id(), "step 3: POST /login"),
                            tuple(Marker.Kind.LOGOUT, Marker.Source.FLOW, logout.id(), "step 5: GET /logout"));
            assertThat(data.markers().get(0).time()).isEqualTo(login.start());

            assertThat(data.cookieEvents()).extracting(e -> e.cookie().name(), CookieEvent::kind, CookieEvent::exchangeId)
                    .containsExactly(tuple("SID", CookieEvent.Kind.SET, data.exchanges().get(0).id()),
                            tuple("SID", CookieEvent.Kind.CHANGED, login.id()),
                            tuple("SID", CookieEvent.Kind.DELETED, logout.id()),
                            tuple("SID", CookieEvent.Kind.SET, data.exchanges().get(6).id()));
            assertThat(data.cookieEvents().get(1).previous().value()).isEqualTo("anon1");
            assertThat(SqliteCheck.integrity(project.file())).containsExactly("ok");
        }
    }

    @Test
    void secretsAreKeptOnlyWhenAsked() {
        try (Project project = Project.open(dir.resolve("p.db"))) {
            RecordedFlow r = FlowRecorder.record(project, loginLogoutFlow(), new HttpFlowEngine(), Clock.systemUTC(),
                    FlowOptions.defaults().withKeepSecrets(true), FlowListener.NONE);
            Exchange login = project.load(r.recording().id()).exchanges().get(2);
            assertThat(login.requestBody().text()).isEqualTo("username=alice&password=secret");
        }
    }

    @Test
    void anUnreachableTargetStopsTheRunAndKeepsWhatWasRecorded() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        Flow flow = FlowParser.parse("{\"name\": \"down\", \"baseUrl\": \"http://127.0.0.1:" + closed
                + "\", \"steps\": [{\"get\": \"/\"}, {\"get\": \"/two\"}]}", "down.json");
        try (Project project = Project.open(dir.resolve("p.db"))) {
            FlowRunException e = org.junit.jupiter.api.Assertions.assertThrows(FlowRunException.class,
                    () -> FlowRecorder.record(project, flow, new HttpFlowEngine(), Clock.systemUTC(),
                            FlowOptions.defaults(), FlowListener.NONE));
            assertThat(e.unreachable()).isTrue();
            assertThat(e.step()).isEqualTo(1);
            assertThat(e.getMessage()).startsWith("target unreachable at step 1 (GET http://127.0.0.1:" + closed
                    + "/): ConnectException");
            RecordingData data = project.load(e.recordingId());
            assertThat(data.exchanges()).singleElement().satisfies(x -> {
                assertThat(x.failed()).isTrue();
                assertThat(x.error()).startsWith("ConnectException");
            });
            assertThat(data.recording().ended()).isNotNull();
        }
    }

    @Test
    void aTargetThatGoesAwayMidRunKeepsTheStepsBefore() {
        Flow flow = loginLogoutFlow();
        try (Project project = Project.open(dir.resolve("p.db"))) {
            FlowListener stopAfterLogin = new FlowListener() {
                @Override
                public void stepFinished(int number, FlowStep step, String outcome) {
                    if (number == 3) {
                        assertThat(outcome).isEqualTo("302 -> 200 /account");
                        shop.close();
                    }
                }
            };
            FlowRunException e = org.junit.jupiter.api.Assertions.assertThrows(FlowRunException.class,
                    () -> FlowRecorder.record(project, flow, new HttpFlowEngine(), Clock.systemUTC(),
                            FlowOptions.defaults(), stopAfterLogin));
            assertThat(e.step()).isEqualTo(4);
            RecordingData data = project.load(e.recordingId());
            assertThat(data.exchanges()).hasSize(5);
            assertThat(data.exchanges().get(4).failed()).isTrue();
            assertThat(data.markers()).extracting(Marker::kind).containsExactly(Marker.Kind.LOGIN);
        }
    }

    @Test
    void aRedirectOffTheFlowsOriginIsNotedNotFollowed() {
        Flow flow = FlowParser.parse("{\"name\": \"sso\", \"baseUrl\": \"" + shop.base()
                + "\", \"steps\": [{\"get\": \"/sso\"}]}", "sso.json");
        try (Project project = Project.open(dir.resolve("p.db"))) {
            RecordedFlow r = FlowRecorder.record(project, flow, new HttpFlowEngine(), Clock.systemUTC(),
                    FlowOptions.defaults(), FlowListener.NONE);
            assertThat(r.run().notes()).containsExactly("step 1: redirect to http://localhost:1/elsewhere not followed"
                    + " (outside " + dev.sessioninspector.model.Origins.of(shop.base()) + ")");
            assertThat(project.exchangeCount(r.recording().id())).isEqualTo(1);
        }
    }

    @Test
    void browserStepsAreRefusedBeforeAnythingIsRecorded() {
        Flow flow = FlowParser.parse("{\"name\": \"b\", \"baseUrl\": \"" + shop.base()
                + "\", \"steps\": [{\"get\": \"/\"}, {\"click\": \"#go\"}]}", "b.json");
        try (Project project = Project.open(dir.resolve("p.db"))) {
            assertThatThrownBy(() -> FlowRecorder.record(project, flow, new HttpFlowEngine(), Clock.systemUTC(),
                    FlowOptions.defaults(), FlowListener.NONE)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("step 2: \"click\" needs the browser engine (--engine browser)");
            assertThat(project.recordings()).isEmpty();
            assertThat(shop.requestBodies).isEmpty();
        }
    }

    private Flow apiFlow(String password) {
        return FlowParser.parse("""
                {"name": "API", "baseUrl": "%s", "authenticatedUrl": "/api/me", "steps": [
                  {"post": "/api/login", "json": {"username": "alice", "password": "%s"},
                   "extract": {"token": "/token", "other": "header:x-session-token"}, "mark": "login"},
                  {"get": "/api/me", "headers": {"Authorization": "Bearer ${token}", "X-Other": "${other}"}}]}"""
                .formatted(shop.base(), password), "api.json");
    }

    @Test
    void aJsonSignInHandsItsTokenToTheNextStepsHeaders() {
        try (Project project = Project.open(dir.resolve("p.db"))) {
            RecordedFlow r = FlowRecorder.record(project, apiFlow("secret"), new HttpFlowEngine(), Clock.systemUTC(),
                    FlowOptions.defaults(), FlowListener.NONE);
            RecordingData data = project.load(r.recording().id());
            assertThat(data.exchanges()).extracting(Exchange::method, e -> e.url().getPath(), Exchange::status)
                    .containsExactly(tuple("POST", "/api/login", 200), tuple("GET", "/api/me", 200));
            Exchange login = data.exchanges().get(0);
            assertThat(login.requestHeaders().first("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/json"));
            assertThat(login.requestBody().text()).isEqualTo("{\"username\":\"alice\",\"password\":\"[masked]\"}");
            assertThat(shop.requestBodies).contains("{\"username\":\"alice\",\"password\":\"secret\"}");
            Exchange me = data.exchanges().get(1);
            assertThat(me.requestHeaders().first("Authorization")).contains("Bearer tok1");
            assertThat(me.requestHeaders().first("X-Other")).contains("hdr0");
            assertThat(me.requestHeaders().first("Accept")).hasValueSatisfying(a -> assertThat(a).contains("text/html"));
        }
    }

    @Test
    void aValueThatIsNotInTheResponseStopsTheRunWithOneLine() {
        try (Project project = Project.open(dir.resolve("p.db"))) {
            FlowRunException e = org.junit.jupiter.api.Assertions.assertThrows(FlowRunException.class,
                    () -> FlowRecorder.record(project, apiFlow("wrong"), new HttpFlowEngine(), Clock.systemUTC(),
                            FlowOptions.defaults(), FlowListener.NONE));
            assertThat(e.unreachable()).isFalse();
            assertThat(e.getMessage()).isEqualTo("step 1 (POST /api/login): no value for \"token\" at /token in the "
                    + "JSON body of the response (status 401)");
            assertThat(project.load(e.recordingId()).exchanges()).hasSize(1);
        }
    }
}
