package dev.sessioninspector.capture;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.net.URLStreamHandlerFactory;
import java.util.Locale;
import javax.net.ssl.HttpsURLConnection;

/**
 * The JVM's URL stream handler factory while capture is installed: {@code http} and {@code https} URLs get
 * a handler that opens the JDK's own connection and wraps it (recording while a session records). Every other
 * protocol is left to the JDK (the factory returns null).
 *
 * <p>The JDK's handlers are reached without {@code --add-exports}: URLs made before the factory was
 * installed keep the JDK's handler, and a URL parsed against one of them with the same protocol inherits it.
 */
final class CaptureStreamHandlerFactory implements URLStreamHandlerFactory {
    private final URLStreamHandler http;
    private final URLStreamHandler https;

    /** @param httpBase an {@code http} URL and {@code httpsBase} an {@code https} URL made before installation */
    CaptureStreamHandlerFactory(URL httpBase, URL httpsBase) {
        this.http = new Handler(httpBase, 80);
        this.https = new Handler(httpsBase, 443);
    }

    @Override
    public URLStreamHandler createURLStreamHandler(String protocol) {
        return switch (protocol.toLowerCase(Locale.ROOT)) {
            case "http" -> http;
            case "https" -> https;
            default -> null;
        };
    }

    private static final class Handler extends URLStreamHandler {
        private final URL base;
        private final int defaultPort;

        Handler(URL base, int defaultPort) {
            this.base = base;
            this.defaultPort = defaultPort;
        }

        @Override
        protected URLConnection openConnection(URL u) throws IOException {
            return wrap(new URL(base, u.toExternalForm()).openConnection());
        }

        @Override
        protected URLConnection openConnection(URL u, Proxy p) throws IOException {
            return wrap(new URL(base, u.toExternalForm()).openConnection(p));
        }

        @Override
        protected int getDefaultPort() {
            return defaultPort;
        }

        /**
         * Every HTTP(S) connection is wrapped, recording or not: the wrapper also shields the browser from
         * the JDK's {@code Set-Cookie} filter, which throws on malformed lines (see {@link SafeHeaders}).
         */
        private static URLConnection wrap(URLConnection c) {
            if (!(c instanceof HttpURLConnection http)) {
                return c;
            }
            CaptureSession session = CaptureHooks.active();
            ExchangeTap tap = session == null ? null : session.tap(http);
            if (tap == null) {
                tap = ExchangeTap.passive(http);
            }
            if (http instanceof HttpsURLConnection https) {
                javax.net.ssl.SSLSocketFactory trust = CaptureHooks.trustFor(https.getURL().getHost(),
                        https.getURL().getPort());
                if (trust != null) {
                    https.setSSLSocketFactory(trust); // this origin only; see CaptureHooks.trustForOrigin
                }
                return new CapturedHttpsConnection(https, tap);
            }
            return new CapturedHttpConnection(http, tap);
        }
    }
}
