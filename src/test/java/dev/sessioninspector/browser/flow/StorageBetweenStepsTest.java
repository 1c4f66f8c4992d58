package dev.sessioninspector.browser.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sessioninspector.analysis.AnalysisEngine;
import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.analysis.TestJwts;
import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowEngines;
import dev.sessioninspector.flow.FlowListener;
import dev.sessioninspector.flow.FlowOptions;
import dev.sessioninspector.flow.FlowParser;
import dev.sessioninspector.flow.FlowRecorder;
import dev.sessioninspector.flow.RecordedFlow;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.StorageSnapshot;
import dev.sessioninspector.store.Project;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A single-page app that keeps its token in {@code localStorage} only while it uses it: after the sign-in click's
 * step has ended (and its storage snapshot was taken), it signs in, stores the token, calls its API twice with it,
 * and removes it again before the next step ends. Snapshots after each step alone miss it; the browser engine's
 * change checks while signed in record it, and {@code session.token-in-web-storage} fails.
 */
class StorageBetweenStepsTest {
    private static final String TOKEN = TestJwts.hs256("{\"sub\":\"alice\",\"iat\":1767261600}", "app-secret-12345");
    private static final String PAGE = """
            <!doctype html><html><head><title>Between steps</title></head><body>
            <button id="sign-in">Sign in</button><div id="state"></div>
            <script>
            function me(t) { return fetch('/api/me', {headers: {'Authorization': 'Bearer ' + t}}); }
            document.getElementById('sign-in').addEventListener('click', function () {
              setTimeout(function () {
                fetch('/api/login', {method: 'POST', headers: {'Content-Type': 'application/json'},
                    body: JSON.stringify({username: 'alice'})})
                  .then(function (r) { return r.json(); })
                  .then(function (j) {
                    localStorage.setItem('jwt', j.token);
                    return me(j.token).then(function () {
                      return new Promise(function (done) { setTimeout(done, 800); });
                    }).then(function () { return me(localStorage.getItem('jwt')); }).then(function () {
                      window.keptInMemory = localStorage.getItem('jwt');
                      localStorage.removeItem('jwt');
                      var d = document.createElement('div'); d.id = 'signed-in'; d.textContent = 'signed in';
                      document.body.appendChild(d);
                    });
                  });
              }, 1600);
            });
            </script></body></html>""";

    @TempDir
    Path dir;

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    private static HttpServer site() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            x.getRequestBody().readAllBytes();
            String auth = x.getRequestHeaders().getFirst("Authorization");
            switch (x.getRequestMethod() + " " + x.getRequestURI().getPath()) {
                case "GET /" -> send(x, 200, "text/html; charset=utf-8", PAGE);
                case "POST /api/login" -> send(x, 200, "application/json", "{\"token\":\"" + TOKEN + "\"}");
                case "GET /api/me" -> send(x, ("Bearer " + TOKEN).equals(auth) ? 200 : 401, "application/json",
                        ("Bearer " + TOKEN).equals(auth) ? "{\"user\":\"alice\"}" : "{\"error\":\"sign in\"}");
                default -> send(x, 404, "text/plain", "not found");
            }
        });
        server.start();
        return server;
    }

    @Test
    void aTokenKeptInStorageOnlyBetweenTwoStepsIsRecordedAndFailsTheRule() throws Exception {
        HttpServer server = site();
        RecordingData data;
        try (Project project = Project.open(dir.resolve("between.db"))) {
            Flow flow = FlowParser.parse("""
                    {"name": "Between steps", "baseUrl": "http://127.0.0.1:%d", "authenticatedUrl": "/api/me",
                     "steps": [{"get": "/"}, {"click": "#sign-in", "mark": "login"}, {"waitFor": "#signed-in"}]}
                    """.formatted(server.getAddress().getPort()), "between.json");
            RecordedFlow r = FlowRecorder.record(project, flow, FlowEngines.find("browser").orElseThrow(),
                    Clock.systemUTC(), FlowOptions.defaults(), FlowListener.NONE);
            data = project.load(r.recording().id());
        } finally {
            server.stop(0);
        }
        Instant loginStepEnd = data.markers().get(0).time();
        assertThat(data.exchanges()).filteredOn(e -> e.url().getPath().equals("/api/me") && e.status() == 200)
                .as("the page used the token twice").hasSize(2);
        assertThat(data.storage()).as("a snapshot with the token, taken between the steps").anySatisfy(s -> {
            assertThat(s.area()).isEqualTo(StorageSnapshot.Area.LOCAL);
            assertThat(s.entries()).containsEntry("jwt", TOKEN);
            assertThat(s.time()).isAfter(loginStepEnd);
        });
        assertThat(data.storage().get(data.storage().size() - 1).entries())
                .as("gone again when the last step ended").doesNotContainKey("jwt");

        AnalysisResult r = new AnalysisEngine().analyze(data);
        assertThat(r.sessionCookieNames()).contains("Authorization");
        assertThat(r.check("session.token-in-web-storage").orElseThrow().status()).isEqualTo(CheckStatus.FAIL);
        assertThat(r.findings("session.token-in-web-storage")).singleElement()
                .satisfies(f -> assertThat(f.evidence().toString()).contains("localStorage"));
    }
}
