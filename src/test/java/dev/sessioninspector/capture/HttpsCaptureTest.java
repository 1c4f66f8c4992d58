package dev.sessioninspector.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.testkit.Fx;
import dev.sessioninspector.testkit.MemorySink;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS is recorded in plaintext, and the connection still behaves as an HTTPS connection. */
class HttpsCaptureTest {
    @TempDir
    static Path dir;
    private static SSLContext tls;
    private static HttpsServer server;
    private CaptureSession session;

    @BeforeAll
    static void start() throws Exception {
        CaptureHooks.install();
        Path store = dir.resolve("test.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "test", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor()).isZero();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", ex -> {
            try (ex) {
                byte[] body = ex.getRequestBody().readAllBytes();
                ex.getResponseHeaders().add("Set-Cookie", "__Host-sid=tls1; Path=/; Secure; HttpOnly; SameSite=Lax");
                byte[] answer = ("got " + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(200, answer.length);
                ex.getResponseBody().write(answer);
            }
        });
        server.start();
    }

    @AfterEach
    void detach() {
        if (session != null) {
            session.close();
        }
    }

    @org.junit.jupiter.api.AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void recordsHttpsInPlaintext() throws Exception {
        MemorySink sink = new MemorySink();
        session = CaptureHooks.attach(sink, CaptureSettings.defaults());
        URL url = new URL("https://127.0.0.1:" + server.getAddress().getPort() + "/login");
        HttpsURLConnection c = (HttpsURLConnection) url.openConnection();
        c.setSSLSocketFactory(tls.getSocketFactory());
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        try (OutputStream out = c.getOutputStream()) {
            out.write("user=a&password=b".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(c.getResponseCode()).isEqualTo(200);
        assertThat(c.getCipherSuite()).isNotBlank();
        assertThat(c.getServerCertificates()).isNotEmpty();
        try (InputStream in = c.getInputStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("got user=a&password=b");
        }
        Fx.await("the exchange", Duration.ofSeconds(10), () -> sink.exchange("POST", "/login").isPresent());
        session.flush(Duration.ofSeconds(5));

        Exchange e = sink.exchange("POST", "/login").orElseThrow();
        assertThat(e.url().getScheme()).isEqualTo("https");
        assertThat(e.requestBody().text()).isEqualTo("user=a&password=********");
        assertThat(e.responseBody().text()).isEqualTo("got user=a&password=b");
        assertThat(e.responseHeaders().values("Set-Cookie"))
                .containsExactly("__Host-sid=tls1; Path=/; Secure; HttpOnly; SameSite=Lax");
        assertThat(sink.cookieEvents()).singleElement().satisfies(ev -> {
            assertThat(ev.cookie().name()).isEqualTo("__Host-sid");
            assertThat(ev.cookie().secure()).isTrue();
            assertThat(ev.cookie().httpOnly()).isTrue();
            assertThat(ev.exchangeId()).isEqualTo(e.id());
        });
    }
}
