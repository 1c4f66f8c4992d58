package dev.sessioninspector.probe.http;

import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.Initiator;
import java.net.URI;
import java.util.Optional;

/** Where a redirect leads and with which request, as browsers do it (Fetch §4.4 "HTTP-redirect fetch"). */
final class Redirects {
    private Redirects() {
    }

    /** The redirect target of a 301/302/303/307/308 response with a usable Location, resolved. */
    static Optional<URI> target(Exchange hop) {
        int s = hop.status();
        if (s != 301 && s != 302 && s != 303 && s != 307 && s != 308) {
            return Optional.empty();
        }
        return hop.responseHeaders().first("Location").flatMap(location -> {
            try {
                URI resolved = hop.url().resolve(location.strip());
                String scheme = resolved.getScheme();
                if (scheme == null || !scheme.matches("(?i)https?") || resolved.getHost() == null) {
                    return Optional.empty();
                }
                // A fragment never goes to the server; cut it from the raw form so escapes stay as sent.
                String raw = resolved.toString();
                int hash = raw.indexOf('#');
                return Optional.of(hash < 0 ? resolved : URI.create(raw.substring(0, hash)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * The next request: 303 turns anything but HEAD into GET, 301/302 turn POST into GET, 307/308 repeat the
     * method and body. Request headers the caller chose are kept, minus those describing a dropped body.
     */
    static HttpRequestSpec follow(HttpRequestSpec previous, int status, URI target) {
        String method = previous.method();
        boolean toGet = (status == 303 && !method.equals("HEAD"))
                || ((status == 301 || status == 302) && method.equals("POST"));
        if (toGet) {
            Headers headers = previous.headers().without("Content-Type").without("Content-Length").without("Origin");
            return new HttpRequestSpec(status == 303 && method.equals("HEAD") ? "HEAD" : "GET", target, headers,
                    null, null, null, Initiator.REDIRECT);
        }
        return new HttpRequestSpec(method, target, previous.headers(), previous.body(), previous.contentType(),
                previous.recordedBody(), Initiator.REDIRECT);
    }
}
