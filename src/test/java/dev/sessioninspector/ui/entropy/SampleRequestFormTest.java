package dev.sessioninspector.ui.entropy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.sessioninspector.model.TokenSample;
import dev.sessioninspector.testkit.Fx;
import dev.sessioninspector.testkit.Hold;
import dev.sessioninspector.testkit.TokenSamples;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The entropy view offers the {@code sample} command's choices: a user types the URL, picks POST, writes a body and
 * a request header, picks "JSON pointer" and types {@code /token}, sets the sample size and samples a
 * {@code POST /generate} endpoint whose tokens are md5 of a counter; the view shows the verdict with the generator.
 */
class SampleRequestFormTest {
    private static EntropyStage window;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() {
        window = new EntropyStage("sample-form-test-bg");
    }

    @AfterAll
    static void stop() {
        window.close();
    }

    @Test
    void aUserFillsTheChoicesAndSamplesAPostGenerateEndpoint() throws Exception {
        AtomicLong next = new AtomicLong(5_000);
        List<String> received = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/generate", ex -> {
            if (next.get() >= 5_060) { // past 60 tokens it holds on: the sample ends on the generator found before
                Hold.until(done);
            }
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(ex.getRequestMethod() + " " + ex.getRequestHeaders().getFirst("X-Api-Key") + " " + body);
            boolean allowed = ex.getRequestMethod().equals("POST")
                    && "k1".equals(ex.getRequestHeaders().getFirst("X-Api-Key"));
            byte[] json = (allowed ? "{\"token\": \"" + TokenSamples.digest("MD5", Long.toString(next.getAndIncrement()))
                    + "\", \"ok\": true}" : "{\"error\": \"no key\"}").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(allowed ? 200 : 403, json.length);
            ex.getResponseBody().write(json);
            ex.close();
        });
        server.start();
        try {
            EntropyPane pane = window.show();
            AtomicReference<TokenSample> delivered = new AtomicReference<>();
            Fx.run(() -> pane.controller().onSample(delivered::set));

            window.type("#entropy-url", "http://127.0.0.1:" + server.getAddress().getPort() + "/generate");
            window.type(Fx.fx(() -> pane.lookup("#entropy-method").lookup(".text-field")), "POST");
            window.type("#entropy-body", "{\"kind\": \"session\"}");
            window.type("#entropy-headers", "X-Api-Key: k1");
            robot.clickOn(node("#entropy-token-kind"));
            robot.clickOn("JSON pointer");
            window.type("#entropy-token-value", "/token");
            window.type(Fx.fx(() -> pane.lookup("#entropy-sample-count").lookup(".text-field")), "300");
            robot.clickOn(node("#entropy-sample"));

            Fx.waitUntil("the sample analysed", () -> delivered.get() != null && !pane.controller().running().get(),
                    () -> pane.controller().message().get());
            assertThat(received).first().isEqualTo("POST k1 {\"kind\": \"session\"}");
            assertThat(delivered.get().name()).isEqualTo("/token");
            // the sample of 300 ends once its tokens show the counter behind them, and says so
            int sampled = delivered.get().size();
            assertThat(delivered.get().tokens()).hasSizeLessThanOrEqualTo(60).allMatch(t -> t.matches("[0-9a-f]{32}"));
            assertThat(Fx.fx(() -> pane.controller().message().get())).isEqualTo("Sampled " + sampled
                    + " tokens: stopped after " + sampled + " of 300: digest of a counter found");
            assertThat(Fx.fx(pane::verdictText)).startsWith("Predictable");
            assertThat(Fx.fx(() -> pane.lookupAll(".finding-bad").stream().map(n -> ((Labeled) n).getText()).toList()))
                    .anyMatch(t -> t.contains("md5 of a decimal counter"));
        } finally {
            done.countDown();
            server.stop(0);
        }
    }

    @Test
    void aMissingOrMalformedChoiceIsOneLineInTheStatus() {
        EntropyPane pane = window.show();
        robot.clickOn(node("#entropy-sample"));
        assertThat(Fx.fx(() -> pane.controller().message().get())).startsWith("Give the URL that issues the token");
        window.type("#entropy-url", "http://127.0.0.1:9/generate");
        window.type("#entropy-headers", "no colon here");
        window.type("#entropy-token-value", "SID");
        robot.clickOn(node("#entropy-sample"));
        assertThat(Fx.fx(() -> pane.controller().message().get()))
                .isEqualTo("Cannot sample: --request-header must be 'Name: value', not 'no colon here'");
        assertThat(Fx.fx(() -> pane.controller().running().get())).isFalse();
    }

    private static Node node(String id) {
        return window.lookup(id);
    }
}
