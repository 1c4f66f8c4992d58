package dev.sessioninspector.demo;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The demo shop's TLS material: a self-signed certificate for {@code 127.0.0.1} and {@code localhost}, bundled
 * as a PKCS12 key store. Its private key is public (it ships in the jar), so it is good for exactly one thing:
 * serving the demo shop on loopback. The trust side trusts that one certificate and nothing else; it is meant
 * to be used only for connections to the demo shop, never installed as a default.
 */
final class DemoTls {
    static final String KEYSTORE = "demo-shop.p12";
    static final String ALIAS = "demo-shop";
    /** Not a secret: the key store is bundled and for the demo only. */
    private static final char[] PASSWORD = "demo-shop-only".toCharArray();

    private DemoTls() {
    }

    /** The server side: an SSL context presenting the bundled certificate. */
    static SSLContext serverContext() {
        try {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keyStore(), PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up the demo shop's TLS: " + e.getMessage(), e);
        }
    }

    /** The bundled certificate. */
    static X509Certificate certificate() {
        try {
            return (X509Certificate) keyStore().getCertificate(ALIAS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the demo shop's certificate: " + e.getMessage(), e);
        }
    }

    /** A PKIX trust manager whose only anchor is the bundled certificate. */
    static X509TrustManager trustManager() {
        try {
            KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
            anchors.load(null, null);
            anchors.setCertificateEntry(ALIAS, certificate());
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(anchors);
            for (TrustManager tm : tmf.getTrustManagers()) {
                if (tm instanceof X509TrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("the JDK offered no X509TrustManager");
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the demo shop trust: " + e.getMessage(), e);
        }
    }

    /** A client SSL context that trusts the bundled certificate only. */
    static SSLContext clientContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager()}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the demo shop client context: " + e.getMessage(), e);
        }
    }

    private static KeyStore keyStore() throws GeneralSecurityException {
        try (InputStream in = DemoTls.class.getResourceAsStream(KEYSTORE)) {
            if (in == null) {
                throw new IllegalStateException("demo shop key store missing from the build: " + KEYSTORE);
            }
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, PASSWORD);
            return ks;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the demo shop key store: " + e.getMessage(), e);
        }
    }
}
