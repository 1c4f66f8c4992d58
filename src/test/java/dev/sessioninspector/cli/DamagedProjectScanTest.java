package dev.sessioninspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.sessioninspector.store.DamagedProjects;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan --db damaged.db}: refused with one line and exit 2 before a single request is sent; the file is unchanged. */
class DamagedProjectScanTest {
    @TempDir
    Path dir;

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aDamagedProjectIsRefusedBeforeTheTargetIsContacted() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] page = "<html>hello</html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Set-Cookie", "sid=abcdef0123456789; HttpOnly");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        Path flow = dir.resolve("flow.json");
        Files.writeString(flow, "{\"name\": \"t\", \"baseUrl\": \"http://127.0.0.1:" + server.getAddress().getPort()
                + "\", \"steps\": [{\"get\": \"/\"}, {\"get\": \"/login\"}]}");
        Path damaged = dir.resolve("damaged.db");
        Files.copy(DamagedProjects.pageTenOverwritten(dir), damaged);
        byte[] before = Files.readAllBytes(damaged);

        CliRunner cli = new CliRunner();
        int code = cli.run("scan", "--flow", flow.toString(), "--db", damaged.toString(), "--samples", "1",
                "--out", dir.resolve("reports").toString());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err().strip().lines()).singleElement().asString()
                .startsWith("scan: " + damaged.toAbsolutePath().normalize() + " is damaged");
        assertThat(requests).hasValue(0);
        assertThat(Files.readAllBytes(damaged)).isEqualTo(before);
        assertThat(dir.resolve("reports")).doesNotExist();
    }
}
