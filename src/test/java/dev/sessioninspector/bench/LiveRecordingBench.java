package dev.sessioninspector.bench;

import dev.sessioninspector.ui.state.Dialogs;
import com.sun.net.httpserver.HttpServer;
import dev.sessioninspector.browser.Browser;
import dev.sessioninspector.browser.engine.FxBootstrap;
import dev.sessioninspector.store.AppDataFolder;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.ui.MainWindow;
import dev.sessioninspector.ui.inspect.InspectorViews;
import dev.sessioninspector.ui.inspect.RecordingControls;
import dev.sessioninspector.ui.state.InspectorState;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Records {@code N} exchanges live in the real window (default 5,000): a loopback page whose script fetches
 * {@code /ping} in a loop, loaded in the WebView with capture on and Record pressed. Prints the FX thread's
 * CPU time while recording (and during Stop), its longest gap between two pulses (an {@link AnimationTimer}
 * asks for one every frame, so a gap is time the FX thread could not paint), the 99th-percentile gap, and
 * the wall time. Run headless:
 * {@code java -cp <test classpath> dev.sessioninspector.bench.LiveRecordingBench [N]} (Monocle is chosen
 * when there is no display).
 */
public final class LiveRecordingBench {
    private static final long TIMEOUT_S = 900;

    private LiveRecordingBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        Path dir = Files.createTempDirectory("si-live-bench");
        System.setProperty(AppDataFolder.OVERRIDE, dir.toString());
        System.setProperty("headless.geometry", "1440x900-32");
        HttpServer server = fetchLoopServer(n);
        FxBootstrap.prepare();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);

        Preferences prefs = Preferences.userRoot().node("dev/sessioninspector/bench-" + System.nanoTime());
        Path db = dir.resolve("live.db");
        Object[] ui = fx(() -> {
            Stage stage = new Stage();
            MainWindow w = new MainWindow(stage, new Browser(AppDataFolder.webViewData()));
            InspectorState state = new InspectorState();
            InspectorViews v = InspectorViews.install(w, state, new dev.sessioninspector.ui.state.RecentFiles(prefs));
            v.setDialogs(Dialogs.QUIET);
            RecordingControls c = v.installRecording(() -> Project.open(db));
            stage.setWidth(1440);
            stage.setHeight(900);
            stage.show();
            return new Object[] {w, state, c};
        });
        MainWindow window = (MainWindow) ui[0];
        InspectorState state = (InspectorState) ui[1];
        RecordingControls controls = (RecordingControls) ui[2];
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        fx(() -> {
            window.browser().load(base.resolve("/blank"));
            return null;
        });
        waitUntil("blank page", () -> base.resolve("/blank").toString().equals(window.browser().location().get()));

        fx(() -> {
            controls.toggleRecording();
            return null;
        });
        waitUntil("recording", () -> controls.phaseProperty().get() == RecordingControls.Phase.RECORDING);

        Pulses pulses = fx(Pulses::new);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long fxThread = fx(() -> Thread.currentThread().getId());
        long cpu0 = threads.getThreadCpuTime(fxThread);
        long wall0 = System.nanoTime();
        fx(() -> {
            pulses.start();
            window.browser().load(base.resolve("/loop"));
            return null;
        });
        String pattern = "● REC (\\d+) exchanges.*";
        waitUntil(n + " exchanges recorded", () -> {
            String s = controls.statusProperty().get();
            return s.matches(pattern) && Long.parseLong(s.replaceAll(pattern, "$1")) >= n;
        });
        long wallRecording = System.nanoTime() - wall0;
        long cpuRecording = threads.getThreadCpuTime(fxThread) - cpu0;
        Pulses.Figures recording = fx(pulses::figures);

        Pulses stopPulses = fx(Pulses::new);
        long cpu1 = threads.getThreadCpuTime(fxThread);
        long wall1 = System.nanoTime();
        fx(() -> {
            pulses.stop();
            stopPulses.start();
            controls.toggleRecording();
            return null;
        });
        waitUntil("stopped and analysed", () -> controls.phaseProperty().get() == RecordingControls.Phase.IDLE
                && state.analysis() != null);
        long wallStop = System.nanoTime() - wall1;
        long cpuStop = threads.getThreadCpuTime(fxThread) - cpu1;
        Pulses.Figures stop = fx(stopPulses::figures);
        int shown = fx(() -> state.recording().exchanges().size());

        System.out.printf(Locale.ROOT, "live recording of %d exchanges (%d shown after Stop)%n", n, shown);
        System.out.printf(Locale.ROOT, "  recording: wall %.1f s, FX thread busy (CPU) %.0f ms, %s%n",
                wallRecording / 1e9, cpuRecording / 1e6, recording);
        System.out.printf(Locale.ROOT, "  stop+analyse: wall %.1f s, FX thread busy (CPU) %.0f ms, %s%n",
                wallStop / 1e9, cpuStop / 1e6, stop);
        fx(() -> {
            stopPulses.stop();
            window.stage().close();
            return null;
        });
        state.close();
        server.stop(0);
        prefs.removeNode();
        Platform.exit();
        System.exit(0);
    }

    /** Gaps between pulses, measured on the FX thread by an animation timer that asks for every frame. */
    private static final class Pulses extends AnimationTimer {
        private final long[] gaps = new long[1 << 20];
        private int count;
        private long last;
        private long longest;
        private long first;
        private long longestAt;

        @Override
        public void handle(long now) {
            if (first == 0) {
                first = now;
            }
            if (last != 0 && count < gaps.length) {
                long gap = now - last;
                gaps[count++] = gap;
                if (gap > longest) {
                    longest = gap;
                    longestAt = last - first;
                }
            }
            last = now;
        }

        Figures figures() {
            long[] sorted = java.util.Arrays.copyOf(gaps, count);
            java.util.Arrays.sort(sorted);
            long p99 = count == 0 ? 0 : sorted[Math.min(count - 1, (int) Math.ceil(count * 0.99) - 1)];
            long over = 0;
            for (int i = 0; i < count; i++) {
                over += Math.max(0, gaps[i] - 100_000_000L);
            }
            return new Figures(count, longest, longestAt, p99, over);
        }

        /** {@code over100} sums what every gap lasted beyond 100 ms (time the window visibly froze). */
        record Figures(int pulses, long longest, long longestAt, long p99, long over100) {
            @Override
            public String toString() {
                return String.format(Locale.ROOT, "%d pulses, longest pulse gap %.0f ms (at +%.1f s), "
                        + "99th percentile %.0f ms, frozen beyond 100 ms in all %.0f ms", pulses, longest / 1e6,
                        longestAt / 1e9, p99 / 1e6, over100 / 1e6);
            }
        }
    }

    private static HttpServer fetchLoopServer(int n) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        String loop = """
                <!DOCTYPE html><html><head><title>loop</title></head><body><p id="n">0</p><script>
                let n = 0;
                async function go() {
                  while (n < %d) {
                    try { await fetch('/ping?i=' + n); } catch (e) { }
                    n++;
                    if (n %% 100 === 0) { document.getElementById('n').textContent = n; }
                  }
                  document.title = 'done';
                }
                go();
                </script></body></html>""".formatted(n + 50);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            byte[] body;
            String type;
            if (path.equals("/loop")) {
                body = loop.getBytes(StandardCharsets.UTF_8);
                type = "text/html; charset=utf-8";
            } else if (path.equals("/ping")) {
                body = ("{\"pong\":\"" + ex.getRequestURI().getQuery() + "\"}").getBytes(StandardCharsets.UTF_8);
                type = "application/json";
            } else {
                body = "<!DOCTYPE html><html><body>blank</body></html>".getBytes(StandardCharsets.UTF_8);
                type = "text/html; charset=utf-8";
                ex.getResponseHeaders().add("Set-Cookie", "SID=bench-" + System.nanoTime() + "; Path=/");
            }
            ex.getResponseHeaders().add("Content-Type", type);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "bench-server");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return server;
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        CompletableFuture<T> out = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                out.complete(c.call());
            } catch (Throwable e) {
                out.completeExceptionally(e);
            }
        });
        return out.get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    private static void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (System.nanoTime() < deadline) {
            if (Boolean.TRUE.equals(fx(condition))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("timed out waiting for: " + what);
    }
}
