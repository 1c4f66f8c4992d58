package dev.sessioninspector.cookie;

import java.net.URI;

/** Default-path and path-match (RFC 6265bis §5.1.4). Paths are compared as raw (percent-encoded) strings. */
public final class Paths {
    private Paths() {
    }

    /** The path of a request URI as cookies see it: the raw path, {@code /} when empty. */
    public static String requestPath(URI uri) {
        String p = uri.getRawPath();
        return p == null || p.isEmpty() ? "/" : p;
    }

    /** The directory of the request path: what a cookie without a Path attribute is scoped to. */
    public static String defaultPath(URI uri) {
        String p = uri.getRawPath();
        if (p == null || p.isEmpty() || p.charAt(0) != '/') {
            return "/";
        }
        int last = p.lastIndexOf('/');
        return last == 0 ? "/" : p.substring(0, last);
    }

    /** Whether a request path is within a cookie path. */
    public static boolean pathMatches(String requestPath, String cookiePath) {
        if (requestPath.equals(cookiePath)) {
            return true;
        }
        if (!requestPath.startsWith(cookiePath)) {
            return false;
        }
        return cookiePath.endsWith("/") || requestPath.charAt(cookiePath.length()) == '/';
    }
}
