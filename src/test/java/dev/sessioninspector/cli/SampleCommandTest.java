package dev.sessioninspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.sessioninspector.probe.GeneratorCheck;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCommandTest {
    private final CliRunner cli = new CliRunner();

    @TempDir
    Path dir;

    /**
     * A loopback server that sets {@code JSESSIONID} to 1000, 1001…; from {@code holdFrom} on it holds each request
     * until {@code release} (30 s at most).
     */
    private static HttpServer counter(long holdFrom, CountDownLatch release) throws java.io.IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicLong next = new AtomicLong(1000);
        server.createContext("/", ex -> {
            long id = next.getAndIncrement();
            if (id >= holdFrom) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            ex.getResponseHeaders().add("Set-Cookie", "JSESSIONID=" + id + "; Path=/");
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.start();
        return server;
    }

    @Test
    void writesDistinctTokensToTheFileAndProgressToStderr() throws Exception {
        HttpServer server = counter(Long.MAX_VALUE, new CountDownLatch(0));
        try {
            Path out = dir.resolve("tokens.txt");
            int code = cli.run("sample", "--url", "http://127.0.0.1:" + server.getAddress().getPort() + "/",
                    "--token", "JSESSIONID", "--count", "150", "--threads", "3", "--out", out.toString(), "--all");
            assertThat(code).isEqualTo(0);
            List<String> tokens = Files.readAllLines(out);
            assertThat(tokens).hasSize(150).doesNotHaveDuplicates().allMatch(t -> t.matches("\\d{4}"));
            assertThat(cli.err()).contains("sampling: ").contains("collected 150 distinct tokens");

            // and the entropy command sees the counter
            assertThat(cli.runAlone("entropy", out.toString(), "--format", "json")).isEqualTo(0);
            assertThat(cli.out()).contains("\"counter\" : true");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void endsOnceTheTokensShowTheCounterAndSaysSo() throws Exception {
        CountDownLatch closing = new CountDownLatch(1);
        // past 60 IDs the server holds on, so the check at 20 ends the sample before 150 however fast they come
        HttpServer server = counter(1060, closing);
        try {
            Path out = dir.resolve("tokens.txt");
            assertThat(cli.run("sample", "--url", "http://127.0.0.1:" + server.getAddress().getPort() + "/", "--token",
                    "JSESSIONID", "--count", "150", "--out", out.toString())).as(cli.err()).isZero();
            List<String> tokens = Files.readAllLines(out);
            assertThat(tokens).hasSizeBetween(GeneratorCheck.MIN_FOR_COUNTER, 60).doesNotHaveDuplicates();
            assertThat(cli.err()).contains("sample: stopped after " + tokens.size() + " of 150: counter found");
        } finally {
            closing.countDown();
            server.stop(0);
        }
    }

    @Test
    void badOptionsAreExitTwoAndAnUnreachableTargetIsExitThreeWithNoFileLeft() throws Exception {
        assertThat(cli.run("sample", "--url", "ftp://x/", "--token", "SID")).isEqualTo(2);
        assertThat(cli.err()).contains("--url must be an http(s) URL");

        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path out = dir.resolve("none.txt");
        assertThat(cli.runAlone("sample", "--url", "http://127.0.0.1:" + port + "/", "--token", "SID", "--out",
                out.toString())).isEqualTo(3);
        assertThat(cli.err()).contains("target unreachable");
        assertThat(out).doesNotExist();
    }

    @Test
    void aPostGenerateEndpointReturningJsonIsSampledWithItsHeadersAndJudged() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicLong next = new AtomicLong(5000);
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.createContext("/generate", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            seen.add(ex.getRequestMethod() + " " + ex.getRequestHeaders().getFirst("X-Api-Key") + " "
                    + ex.getRequestHeaders().getFirst("Content-Type") + " " + body);
            byte[] json = ("{\"token\": \"tok" + next.getAndIncrement() + "\", \"ok\": true}")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, json.length);
            ex.getResponseBody().write(json);
            ex.close();
        });
        server.start();
        try {
            Path out = dir.resolve("generated.txt");
            int code = cli.run("sample", "--url", "http://127.0.0.1:" + server.getAddress().getPort() + "/generate",
                    "--method", "POST", "--data", "{\"kind\": \"session\"}", "--request-header", "X-Api-Key: k1",
                    "--token-json", "/token", "--count", "120", "--threads", "2", "--out", out.toString(), "--all");
            assertThat(code).as(cli.err()).isEqualTo(0);
            assertThat(Files.readAllLines(out)).hasSize(120).doesNotHaveDuplicates().allMatch(t -> t.matches("tok\\d{4}"));
            assertThat(seen).first().isEqualTo("POST k1 application/json {\"kind\": \"session\"}");
            assertThat(cli.err()).as("no terminal: progress comes as lines").doesNotContain("\r")
                    .contains("sampling: ");

            assertThat(cli.runAlone("entropy", out.toString(), "--format", "json")).isEqualTo(0);
            assertThat(cli.out()).contains("\"predictable\" : true");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void exactlyOneTokenLocationAndARegexWithAGroup() {
        assertThat(cli.run("sample", "--url", "http://127.0.0.1:9/", "--token", "SID", "--token-header", "X"))
                .isEqualTo(2);
        assertThat(cli.run("sample", "--url", "http://127.0.0.1:9/")).isEqualTo(2);
        assertThat(cli.run("sample", "--url", "http://127.0.0.1:9/", "--token-regex", "tok\\d+")).isEqualTo(2);
        assertThat(cli.err()).contains("--token-regex needs a group");
        assertThat(cli.run("sample", "--url", "http://127.0.0.1:9/", "--token", "SID", "--data", "x")).isEqualTo(2);
        assertThat(cli.err()).contains("--data needs a method that carries a body");
    }
}
