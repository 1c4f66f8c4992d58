package dev.sessioninspector.bench;

import com.sun.net.httpserver.HttpServer;
import dev.sessioninspector.probe.TokenSampler;
import dev.sessioninspector.probe.TokenSamplerConfig;
import dev.sessioninspector.probe.TokenSamplerResult;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sampler throughput next to a plain keep-alive load of the same loopback endpoint (a JDK HttpServer that sets a
 * fresh 128-bit SID per request): {@code mvn -q test-compile exec:exec
 * -Dexec.args="-cp %classpath dev.sessioninspector.bench.SamplerThroughput [requests] [threads]"}.
 */
public final class SamplerThroughput {
    private SamplerThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed ACK:
        // about 40 ms per request, whoever the client is.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        server.setExecutor(pool);
        SecureRandom random = new SecureRandom();
        byte[] page = "<html><body>tea</body></html>".getBytes(StandardCharsets.UTF_8);
        server.createContext("/", ex -> {
            byte[] b = new byte[16];
            random.nextBytes(b);
            ex.getResponseHeaders().add("Set-Cookie", "SID=" + HexFormat.of().formatHex(b) + "; Path=/; HttpOnly");
            ex.sendResponseHeaders(200, page.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        try {
            for (int round = 1; round <= 3; round++) {
                double plain = plainKeepAlive(uri, requests, threads);
                TokenSamplerResult r = new TokenSampler(TokenSamplerConfig.of(uri, "SID", requests, threads, 0))
                        .run((token, index) -> { });
                System.out.printf(Locale.ROOT, "round %d: sampler %.0f tokens/s (%d tokens, %d requests), "
                        + "plain keep-alive GET %.0f requests/s (%d threads)%n", round, r.tokensPerSecond(),
                        r.tokens().size(), r.requests(), plain, threads);
            }
        } finally {
            server.stop(0);
            pool.shutdownNow();
        }
    }

    /** The same client settings, no cookie handling: requests per second. */
    private static double plainKeepAlive(URI uri, int requests, int threads) throws Exception {
        OkHttpClient client = new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(threads, 5, TimeUnit.MINUTES)).followRedirects(false).build();
        Request request = new Request.Builder().url(uri.toString()).build();
        AtomicInteger left = new AtomicInteger(requests);
        Thread[] workers = new Thread[threads];
        long start = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            workers[i] = new Thread(() -> {
                while (left.getAndDecrement() > 0) {
                    try (Response response = client.newCall(request).execute()) {
                        response.body().bytes();
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            workers[i].start();
        }
        for (Thread t : workers) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        client.connectionPool().evictAll();
        return requests / seconds;
    }
}
