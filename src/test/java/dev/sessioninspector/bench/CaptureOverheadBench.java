package dev.sessioninspector.bench;

import com.sun.net.httpserver.HttpServer;
import dev.sessioninspector.capture.CaptureHooks;
import dev.sessioninspector.capture.CaptureSession;
import dev.sessioninspector.capture.CaptureSettings;
import dev.sessioninspector.model.RecordingSink;
import dev.sessioninspector.testkit.CountingSink;
import dev.sessioninspector.testkit.Fx;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Executors;
import javafx.concurrent.Worker;
import javafx.scene.web.WebEngine;

/**
 * Page-load time of a loopback page with 100 subresources (60 images, 20 scripts, 20 stylesheets; no
 * caching) with capture recording vs not recording, alternating (on, off, off, on…) in the same run and the
 * same JVM, after a warm-up. "Off" means the hooks are installed but no session records (the state the app
 * is in when not recording); "on" records everything into a sink that, like the store, takes it and lets go.
 *
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.args="-cp %classpath dev.sessioninspector.bench.CaptureOverheadBench [rounds]"
 * mvn -q test-compile exec:exec -Dexec.args="-cp %classpath dev.sessioninspector.bench.CaptureOverheadBench --no-hooks [rounds]"
 * </pre>
 * {@code --no-hooks} measures WebView as shipped (HTTP/2 loader, no capture installed) for reference; it
 * cannot share a JVM with the hooks. Prints medians, means and the on/off ratio.
 */
public final class CaptureOverheadBench {
    private static final int IMAGES = 60;
    private static final int SCRIPTS = 20;
    private static final int STYLES = 20;

    private CaptureOverheadBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean noHooks = Arrays.asList(args).contains("--no-hooks");
        int rounds = Arrays.stream(args).filter(a -> a.matches("\\d+")).mapToInt(Integer::parseInt).findFirst().orElse(30);
        headless();
        PrintStream out = System.out;
        HttpServer server = server();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        if (noHooks) {
            startFxWithoutHooks();
        } else {
            Fx.start();
        }
        WebEngine engine = Fx.newEngine();
        // Like the store: takes everything and keeps nothing on the capture side (its writer thread owns it).
        RecordingSink sink = new CountingSink();
        List<Long> on = new ArrayList<>();
        List<Long> off = new ArrayList<>();
        long[] cpu = new long[2];
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        int warmup = 20;
        for (int i = 0; i < warmup + 2 * rounds; i++) {
            boolean capture = !noHooks && (i % 4 == 0 || i % 4 == 3); // on, off, off, on: cancels drift
            CaptureSession session = capture ? CaptureHooks.attach(sink, CaptureSettings.defaults()) : null;
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            Worker.State state = Fx.load(engine, base + "/page?round=" + i);
            long ms = (System.nanoTime() - t0) / 1000;
            if (state != Worker.State.SUCCEEDED) {
                throw new IllegalStateException("page load " + state);
            }
            if (session != null) {
                session.close();
                if (session.counts().exchanges() < 1 + IMAGES + SCRIPTS + STYLES) {
                    throw new IllegalStateException("capture missed exchanges: " + session.counts());
                }
            }
            if (i >= warmup) {
                (capture ? on : off).add(ms);
                cpu[capture ? 1 : 0] += os.getProcessCpuTime() - cpu0;
            }
        }
        server.stop(0);
        if (noHooks) {
            out.printf(Locale.ROOT, "WebView as shipped (HTTP/2 loader, no hooks): %d loads, median %.1f ms, mean %.1f ms%n",
                    off.size(), median(off), mean(off));
        } else {
            out.printf(Locale.ROOT, "page with %d subresources, %d loads each, alternating, same JVM%n",
                    IMAGES + SCRIPTS + STYLES, rounds);
            out.printf(Locale.ROOT, "capture off: median %.1f ms, 10%%-trimmed mean %.1f ms, mean %.1f ms%n",
                    median(off), trimmedMean(off), mean(off));
            out.printf(Locale.ROOT, "capture on : median %.1f ms, 10%%-trimmed mean %.1f ms, mean %.1f ms%n",
                    median(on), trimmedMean(on), mean(on));
            out.printf(Locale.ROOT, "ratio on/off: median %.3f, trimmed mean %.3f, mean %.3f%n",
                    median(on) / median(off), trimmedMean(on) / trimmedMean(off), mean(on) / mean(off));
            out.printf(Locale.ROOT, "process CPU per load (incl. recording to an in-memory sink): off %.1f ms, on %.1f ms%n",
                    cpu[0] / 1e6 / off.size(), cpu[1] / 1e6 / on.size());
        }
        System.exit(0);
    }

    private static void startFxWithoutHooks() throws Exception {
        java.util.concurrent.CountDownLatch latch = new java.util.concurrent.CountDownLatch(1);
        javafx.application.Platform.startup(latch::countDown);
        latch.await();
        javafx.application.Platform.setImplicitExit(false);
    }

    private static void headless() {
        String[][] props = {{"glass.platform", "Monocle"}, {"monocle.platform", "Headless"}, {"prism.order", "sw"},
                {"java.awt.headless", "true"}};
        for (String[] p : props) {
            if (System.getProperty(p[0]) == null) {
                System.setProperty(p[0], p[1]);
            }
        }
    }

    private static HttpServer server() throws Exception {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs (~40 ms
        // each), which would swamp what is measured here.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(16));
        byte[] png = new byte[3000];
        new Random(1).nextBytes(png);
        byte[] js = ("var x" + "=1;".repeat(1000)).getBytes(StandardCharsets.UTF_8);
        byte[] css = ".a{color:red}\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        server.createContext("/", ex -> {
            try (ex) {
                String path = ex.getRequestURI().getPath();
                String query = ex.getRequestURI().getRawQuery();
                byte[] body;
                String type;
                if (path.equals("/page")) {
                    StringBuilder html = new StringBuilder("<html><head>");
                    for (int i = 0; i < STYLES; i++) {
                        html.append("<link rel=stylesheet href='/s").append(i).append(".css?").append(query).append("'>");
                    }
                    html.append("</head><body>");
                    for (int i = 0; i < IMAGES; i++) {
                        html.append("<img src='/i").append(i).append(".png?").append(query).append("'>");
                    }
                    for (int i = 0; i < SCRIPTS; i++) {
                        html.append("<script src='/j").append(i).append(".js?").append(query).append("'></script>");
                    }
                    body = html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
                    type = "text/html";
                    ex.getResponseHeaders().add("Set-Cookie", "bench=" + query + "; Path=/; HttpOnly");
                } else if (path.endsWith(".png")) {
                    body = png;
                    type = "image/png";
                } else if (path.endsWith(".js")) {
                    body = js;
                    type = "text/javascript";
                } else {
                    body = css;
                    type = "text/css";
                }
                ex.getResponseHeaders().add("Content-Type", type);
                ex.getResponseHeaders().add("Cache-Control", "no-store");
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
            }
        });
        server.start();
        return server;
    }

    private static double median(List<Long> micros) {
        long[] s = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        double m = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
        return m / 1000.0;
    }

    /** The mean without the fastest and slowest 10 % (GC pauses of a shared machine land on either mode). */
    private static double trimmedMean(List<Long> micros) {
        long[] s = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        int cut = s.length / 10;
        return Arrays.stream(s, cut, s.length - cut).average().orElse(0) / 1000.0;
    }

    private static double mean(List<Long> micros) {
        return micros.stream().mapToLong(Long::longValue).average().orElse(0) / 1000.0;
    }
}
