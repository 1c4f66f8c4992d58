package dev.sessioninspector.ui.entropy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.sessioninspector.model.TokenSample;
import dev.sessioninspector.probe.TokenSamplerConfig;
import dev.sessioninspector.testkit.Fx;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The entropy view driven headless: charts and chips for a strong and a weak sample, sampling with cancel. */
class EntropyPaneTest {
    private static EntropyStage window;

    @BeforeAll
    static void start() {
        window = new EntropyStage("entropy-test-bg");
    }

    @AfterAll
    static void stop() {
        window.close();
    }

    private static List<String> secureHex(int n) throws Exception {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(42);
        List<String> out = new ArrayList<>();
        byte[] b = new byte[16];
        for (int i = 0; i < n; i++) {
            random.nextBytes(b);
            out.add(HexFormat.of().formatHex(b));
        }
        return out;
    }

    @Test
    void secureRandomSamplePassesEveryBitTest() throws Exception {
        EntropyPane pane = window.show();
        List<String> tokens = secureHex(2_000);
        Fx.run(() -> pane.controller().analyse(tokens, "a SecureRandom sample"));
        Fx.waitUntil("analysis shown", () -> pane.controller().analysis().get() != null
                && !pane.controller().running().get(), () -> pane.controller().message().get());

        assertThat(Fx.fx(pane::chipTexts)).hasSize(7).containsOnly("pass");
        assertThat(Fx.fx(pane::barColours)).hasSize(32).doesNotContain(ChartCanvas.BAD);
        assertThat(Fx.fx(pane::verdictText)).startsWith("About 128 bits").endsWith("enough not to be guessed");
        assertThat(Fx.fx(() -> pane.controller().message().get())).isEqualTo(
                "Analysed 2000 tokens from a SecureRandom sample");
    }

    @Test
    void counterSampleShowsFailures() {
        EntropyPane pane = window.show();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            tokens.add(String.format("%016x", 0x5eed0000L + i));
        }
        Fx.run(() -> pane.controller().analyse(tokens, "a counter"));
        Fx.waitUntil("analysis shown", () -> pane.controller().analysis().get() != null
                && !pane.controller().running().get(), () -> pane.controller().message().get());

        assertThat(Fx.fx(pane::chipTexts)).contains("fail");
        List<Color> colours = Fx.fx(pane::barColours);
        assertThat(colours).contains(ChartCanvas.BAD);
        assertThat(Fx.fx(pane::verdictText)).startsWith("Predictable");
    }

    @Test
    void cancellingTheSamplerKeepsAndAnalysesWhatWasCollected() throws Exception {
        SecureRandom random = new SecureRandom();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            byte[] b = new byte[16];
            random.nextBytes(b);
            ex.getResponseHeaders().add("Set-Cookie", "SID=" + HexFormat.of().formatHex(b) + "; Path=/");
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        try {
            EntropyPane pane = window.show();
            AtomicReference<TokenSample> delivered = new AtomicReference<>();
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            Fx.run(() -> {
                pane.controller().onSample(delivered::set);
                pane.setSampleTarget(() -> java.util.Optional.of(new EntropyPane.SampleTarget(url, "SID")));
                pane.controller().sample(TokenSamplerConfig.of(url, "SID", 1_000_000, 4, 0));
            });
            Fx.waitUntil("a live chart refresh while sampling", () -> pane.controller().running().get()
                    && pane.controller().analysis().get() != null
                    && pane.controller().analysis().get().samples() >= EntropyController.REFRESH_EVERY,
                    () -> pane.controller().message().get());
            Fx.run(() -> pane.controller().cancel());
            Fx.waitUntil("sampler stopped", () -> !pane.controller().running().get(),
                    () -> pane.controller().message().get());

            int collected = Fx.fx(() -> pane.controller().collected().get());
            assertThat(collected).isGreaterThanOrEqualTo(EntropyController.REFRESH_EVERY);
            assertThat(Fx.fx(() -> pane.controller().analysis().get().samples())).isEqualTo(collected);
            assertThat(Fx.fx(() -> pane.controller().message().get())).contains("they are kept");
            assertThat(delivered.get()).isNotNull();
            assertThat(delivered.get().name()).isEqualTo("SID");
            assertThat(delivered.get().size()).isEqualTo(collected);
        } finally {
            server.stop(0);
        }
    }
}
