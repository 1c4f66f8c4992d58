package dev.sessioninspector.ui.entropy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowParser;
import dev.sessioninspector.model.TokenSample;
import dev.sessioninspector.probe.SignInScript;
import dev.sessioninspector.testkit.Fx;
import dev.sessioninspector.ui.state.Dialogs;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The entropy view's sign-in choices, as {@code sample --sign-in} offers them: the IDs the demo shop issues at sign-in
 * (its flow, no URL), a request sent after each sign-in of a flow file picked with "Choose…" (a path from the flow's
 * site), and a recorded sign-in the recording does not have, refused in one line.
 */
class SignInSamplingTest {
    @TempDir
    static Path dir;
    private static EntropyStage window;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() {
        window = new EntropyStage("sign-in-sampling-test-bg");
    }

    @AfterAll
    static void stop() {
        window.close();
    }

    @Test
    void theIdsTheDemoShopIssuesAtSignInAreSampledWithItsFlow() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak().withHttps(false))) {
            EntropyPane pane = window.show();
            AtomicReference<TokenSample> delivered = new AtomicReference<>();
            Fx.run(() -> {
                pane.controller().onSample(delivered::set);
                pane.setSignInSources(sources(null, FlowParser.parse(shop.flowJson(), "demo")));
            });
            choose("#entropy-sign-in", "Sign in with the demo shop's flow");
            window.type("#entropy-token-value", "SESSIONID");
            window.type(Fx.fx(() -> pane.lookup("#entropy-sample-count").lookup(".text-field")), "60");
            robot.clickOn(node("#entropy-sample"));

            Fx.waitUntil("the sample analysed", () -> delivered.get() != null && !pane.controller().running().get(),
                    () -> pane.controller().message().get());
            // the weak shop counts its IDs: the sampler stops once the counter shows, and the view says so
            assertThat(delivered.get().name()).isEqualTo("SESSIONID");
            assertThat(delivered.get().tokens()).isNotEmpty().doesNotHaveDuplicates()
                    .allMatch(t -> t.matches("[0-9a-f]{8}"));
            assertThat(Fx.fx(() -> pane.controller().message().get())).startsWith("Sampled ");
            assertThat(Fx.fx(pane::verdictText)).startsWith("Predictable");
        }
    }

    @Test
    void aRequestAfterEachSignInOfAChosenFlowFileIsSampledInItsSession() throws Exception {
        SecureRandom random = new SecureRandom();
        AtomicLong sessions = new AtomicLong();
        List<String> asked = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/login", ex -> {
            ex.getRequestBody().readAllBytes();
            if (ex.getRequestMethod().equals("POST")) {
                ex.getResponseHeaders().add("Set-Cookie", "SID=s" + sessions.incrementAndGet() + "; Path=/; HttpOnly");
                ex.getResponseHeaders().add("Location", "/");
                ex.sendResponseHeaders(302, -1);
            } else {
                ex.sendResponseHeaders(200, -1);
            }
            ex.close();
        });
        server.createContext("/", ex -> {
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.createContext("/api/token", ex -> {
            String cookie = ex.getRequestHeaders().getFirst("Cookie");
            asked.add(ex.getRequestMethod() + " " + cookie);
            byte[] id = new byte[16];
            random.nextBytes(id);
            boolean signedIn = cookie != null && cookie.startsWith("SID=s");
            byte[] json = (signedIn ? "{\"token\": \"" + HexFormat.of().formatHex(id) + "\"}" : "{}")
                    .getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(signedIn ? 200 : 401, json.length);
            ex.getResponseBody().write(json);
            ex.close();
        });
        server.start();
        Path flow = dir.resolve("site.flow.json");
        Files.writeString(flow, "{\"name\": \"site\", \"baseUrl\": \"http://127.0.0.1:" + server.getAddress().getPort()
                + "\", \"steps\": [{\"get\": \"/\"}, {\"post\": \"/login\", \"form\": {\"username\": \"alice\","
                + " \"password\": \"wonderland\"}, \"mark\": \"login\"}]}");
        try {
            EntropyPane pane = window.show();
            AtomicReference<TokenSample> delivered = new AtomicReference<>();
            Fx.run(() -> {
                pane.controller().onSample(delivered::set);
                pane.setDialogs(new Dialogs.Quiet() {
                    @Override
                    public Optional<Path> open(String title, String what, String... patterns) {
                        return Optional.of(flow);
                    }
                });
            });
            choose("#entropy-sign-in", "Sign in with a flow file");
            robot.clickOn(node("#entropy-flow-browse"));
            assertThat(Fx.fx(() -> ((javafx.scene.control.TextField) node("#entropy-flow-file")).getText()))
                    .isEqualTo(flow.toString());
            window.type("#entropy-url", "/api/token");
            window.type(Fx.fx(() -> pane.lookup("#entropy-method").lookup(".text-field")), "POST");
            choose("#entropy-token-kind", "JSON pointer");
            window.type("#entropy-token-value", "/token");
            window.type(Fx.fx(() -> pane.lookup("#entropy-sample-count").lookup(".text-field")), "40");
            robot.clickOn(node("#entropy-sample"));

            Fx.waitUntil("the sample analysed", () -> delivered.get() != null && !pane.controller().running().get(),
                    () -> pane.controller().message().get());
            assertThat(delivered.get().tokens()).hasSize(40).allMatch(t -> t.matches("[0-9a-f]{32}"));
            assertThat(asked).hasSizeGreaterThanOrEqualTo(40).allMatch(a -> a.startsWith("POST SID=s"));
            assertThat(asked.stream().distinct().count()).as("a session of its own each time").isEqualTo(asked.size());
            assertThat(Fx.fx(() -> pane.controller().message().get())).startsWith("Sampled 40 tokens");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aRecordedSignInTheRecordingDoesNotHaveIsOneLineInTheStatus() {
        EntropyPane pane = window.show();
        Fx.run(() -> pane.setSignInSources(SignInSources.NONE));
        choose("#entropy-sign-in", "Sign in as the recording did");
        window.type("#entropy-token-value", "SID");
        robot.clickOn(node("#entropy-sample"));
        Fx.waitUntil("refused", () -> !pane.controller().running().get()
                && pane.controller().message().get().startsWith("Cannot sample"), () -> pane.controller().message().get());
        assertThat(Fx.fx(() -> pane.controller().message().get())).startsWith(
                "Cannot sample: the recording on screen shows no sign-in to replay").doesNotContain("\n");

        choose("#entropy-sign-in", "Sign in with the demo shop's flow");
        robot.clickOn(node("#entropy-sample"));
        Fx.waitUntil("refused", () -> !pane.controller().running().get()
                && pane.controller().message().get().contains("demo"), () -> pane.controller().message().get());
        assertThat(Fx.fx(() -> pane.controller().message().get()))
                .isEqualTo("Cannot sample: no demo shop is running here: choose a flow file");
    }

    private static SignInSources sources(SignInScript recorded, Flow demo) {
        return new SignInSources() {
            @Override
            public SignInScript recorded() {
                return recorded == null ? SignInScript.NONE : recorded;
            }

            @Override
            public Optional<Flow> demo() {
                return Optional.ofNullable(demo);
            }
        };
    }

    private void choose(String id, String label) {
        robot.clickOn(node(id));
        robot.clickOn(label);
    }

    private static Node node(String id) {
        return window.lookup(id);
    }
}
