package dev.sessioninspector.ui.autopilot;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.sessioninspector.store.AppDataFolder;
import dev.sessioninspector.browser.Browser;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.testkit.Fx;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * FX-thread check: records a 200-exchange page load in the embedded browser with capture on, and the FX thread
 * keeps pulsing meanwhile (AnimationTimer timestamps). The longest pulse gap is printed, not asserted: a timed bound
 * fails on a busy machine, and how long the FX thread is busy is measured by {@code bench.LiveRecordingBench}.
 */
class FxStallTest {
    static final int SUBRESOURCES = 199;
    private static HttpServer server;
    private static Stage stage;

    @BeforeAll
    static void start() throws Exception {
        Fx.start();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            byte[] body;
            if (path.startsWith("/img/")) {
                ex.getResponseHeaders().add("Content-Type", "image/svg+xml");
                ex.getResponseHeaders().add("Set-Cookie", "seen=" + path.substring(5) + "; Path=/");
                body = ("<svg xmlns='http://www.w3.org/2000/svg' width='8' height='8'><rect width='8' height='8' "
                        + "fill='#4f46e5'/></svg>").getBytes(StandardCharsets.UTF_8);
            } else {
                StringBuilder html = new StringBuilder("<!doctype html><title>200</title><body>");
                for (int i = 0; i < SUBRESOURCES; i++) {
                    html.append("<img src='/img/").append(i).append("?n=").append(System.nanoTime()).append("'>");
                }
                ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                ex.getResponseHeaders().add("Set-Cookie", "SESSIONID=abc; Path=/; HttpOnly");
                body = html.append("</body>").toString().getBytes(StandardCharsets.UTF_8);
            }
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        stage = Fx.fx(Stage::new);
    }

    @AfterAll
    static void stop() {
        Fx.run(stage::close);
        server.stop(0);
    }

    @Test
    void recordingA200ExchangeLoadKeepsTheFxThreadResponsive() throws Exception {
        URI page = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        CaptureRecorder recorder = new CaptureRecorder(Clock.systemUTC());
        long[] last = {0};
        long[] maxGap = {0};
        AtomicInteger pulses = new AtomicInteger();
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (last[0] != 0) {
                    maxGap[0] = Math.max(maxGap[0], now - last[0]);
                }
                last[0] = now;
                pulses.incrementAndGet();
            }
        };
        Browser browser = Fx.fx(() -> {
            Browser b = new Browser(AppDataFolder.webViewData());
            stage.setScene(new Scene(b.view(), 900, 600));
            stage.show();
            return b;
        });
        Fx.run(() -> {
            recorder.start(page);
            timer.start();
            browser.load(page);
        });
        Fx.waitUntil("the page and its images", () -> browser.loadState().get() == Worker.State.SUCCEEDED
                && recorder.exchanges() >= SUBRESOURCES + 1, () -> recorder.exchanges() + " exchanges");
        Thread.sleep(300);
        CompletableFuture<RecordingData> data = new CompletableFuture<>();
        Fx.run(() -> {
            timer.stop();
            recorder.stop(data::complete);
        });
        RecordingData recorded = data.get(30, TimeUnit.SECONDS);
        long gapMs = maxGap[0] / 1_000_000;
        System.out.printf("FX stall check: %d exchanges recorded, %d pulses, longest pulse gap %d ms%n",
                recorded.exchanges().size(), pulses.get(), gapMs);
        assertThat(recorded.exchanges()).hasSizeGreaterThanOrEqualTo(SUBRESOURCES + 1);
        assertThat(recorded.exchanges().stream().filter(e -> e.initiator() == Initiator.DOCUMENT)).isNotEmpty();
        assertThat(pulses.get()).isGreaterThan(5);
    }
}
