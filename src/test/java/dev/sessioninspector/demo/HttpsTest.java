package dev.sessioninspector.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/** HTTPS with the bundled demo certificate, trusted by the demo trust only and by nothing else. */
class HttpsTest {

    @Test
    void servesHttpsWithTheBundledCertificateToAClientTrustingOnlyIt() throws Exception {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak().withHttps(true))) {
            assertThat(shop.baseUri().getScheme()).isEqualTo("https");
            assertThat(shop.baseUri().getHost()).isEqualTo("127.0.0.1");
            HttpClient client = HttpClient.newBuilder().sslContext(DemoShop.demoClientContext())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(shop.baseUri()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("Leaf &amp; Kettle").contains("over HTTPS");
            X509Certificate served = (X509Certificate) r.sslSession().orElseThrow().getPeerCertificates()[0];
            assertThat(served).isEqualTo(DemoShop.demoCertificate());
        }
    }

    @Test
    void theCertificateAlsoNamesLocalhost() throws Exception {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak().withHttps(true))) {
            URI localhost = URI.create("https://localhost:" + shop.baseUri().getPort() + "/api/me");
            HttpClient client = HttpClient.newBuilder().sslContext(DemoShop.demoClientContext()).build();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(localhost).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void aDefaultClientRejectsTheDemoCertificate() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak().withHttps(true))) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(shop.baseUri()).build(),
                    HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(IOException.class)
                    .satisfies(e -> assertThat(hasCause(e, SSLHandshakeException.class)).isTrue());
        }
    }

    @Test
    void theDemoTrustTrustsTheDemoCertificateAndNothingElse() throws Exception {
        X509TrustManager demo = DemoShop.demoTrustManager();
        X509Certificate cert = DemoShop.demoCertificate();
        assertThat(demo.getAcceptedIssuers()).containsExactly(cert);
        demo.checkServerTrusted(new X509Certificate[] {cert}, "RSA");

        X509Certificate publicCa = defaultTrustAnchors().get(0);
        assertThatThrownBy(() -> demo.checkServerTrusted(new X509Certificate[] {publicCa}, "RSA"))
                .isInstanceOf(CertificateException.class);
    }

    @Test
    void theBundledCertificateIsSelfSignedForLoopbackAndLongLived() throws Exception {
        X509Certificate cert = DemoShop.demoCertificate();
        cert.verify(cert.getPublicKey());
        List<Object> names = cert.getSubjectAlternativeNames().stream().map(san -> (Object) san.get(1)).toList();
        assertThat(names).containsExactlyInAnyOrder("127.0.0.1", "localhost");
        cert.checkValidity();
        cert.checkValidity(java.util.Date.from(java.time.Instant.parse("2099-01-01T00:00:00Z")));
        assertThat(cert.getSubjectX500Principal().getName()).contains("demo only");
    }

    @Test
    void anHttpClientCannotSpeakPlainHttpToTheHttpsShop() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak().withHttps(true))) {
            URI plain = URI.create("http://127.0.0.1:" + shop.baseUri().getPort() + "/");
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(plain).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
        }
    }

    @Test
    void httpsCannotBeFlippedOnARunningShop() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak())) {
            assertThatThrownBy(() -> shop.update(shop.settings().withHttps(true)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("https cannot change on a running demo shop");
            assertThat(shop.settings().https()).isFalse();
        }
    }

    private static List<X509Certificate> defaultTrustAnchors() throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init((KeyStore) null);
        X509TrustManager tm = (X509TrustManager) tmf.getTrustManagers()[0];
        return Arrays.asList(tm.getAcceptedIssuers());
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
