package dev.sessioninspector.model;

import java.net.URI;
import java.util.Locale;

/** The origin (scheme, host, effective port) of a URI, as the same-origin policy defines it. */
public final class Origins {
    private Origins() {
    }

    public static String of(URI uri) {
        String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        if (port == -1) {
            port = "https".equals(scheme) ? 443 : 80;
        }
        return scheme + "://" + host + ":" + port;
    }

    public static boolean same(URI a, URI b) {
        return of(a).equals(of(b));
    }

    /** True for 127.0.0.0/8, ::1 and localhost. */
    public static boolean isLoopback(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }
}
