package dev.sessioninspector.capture;

import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.Initiator;
import java.util.Locale;

/**
 * Tells what made the browser send a request, from the request alone (best effort).
 *
 * <p>WebView (WebKit) sends Fetch Metadata headers, which decide it: {@code Sec-Fetch-Dest: document} is a
 * page load ({@code FORM} when it is a POST, or a GET whose navigation came from a form is
 * indistinguishable and counts as {@code DOCUMENT}); {@code empty} is {@code fetch()} or
 * {@code XMLHttpRequest} ({@code XHR}); any other destination (image, script, style, font, iframe…) is a
 * {@code SUBRESOURCE}. Without those headers (other clients) it falls back to {@code X-Requested-With},
 * the {@code Accept} header and the body's content type. A redirect hop is classified by the caller.
 */
public final class InitiatorClassifier {
    private InitiatorClassifier() {
    }

    public static Initiator classify(String method, Headers requestHeaders) {
        String m = method == null ? "GET" : method.toUpperCase(Locale.ROOT);
        String dest = lower(requestHeaders.first("Sec-Fetch-Dest").orElse(null));
        String mode = lower(requestHeaders.first("Sec-Fetch-Mode").orElse(null));
        if (dest != null) {
            return switch (dest) {
                case "document" -> m.equals("GET") || m.equals("HEAD") ? Initiator.DOCUMENT : Initiator.FORM;
                case "empty" -> Initiator.XHR;
                case "iframe", "frame" -> "navigate".equals(mode) && isFormPost(m, requestHeaders)
                        ? Initiator.FORM : Initiator.SUBRESOURCE;
                default -> Initiator.SUBRESOURCE;
            };
        }
        if (requestHeaders.first("X-Requested-With").isPresent()) {
            return Initiator.XHR;
        }
        String accept = lower(requestHeaders.first("Accept").orElse(""));
        if (accept.startsWith("text/html") || accept.contains("application/xhtml+xml")) {
            return m.equals("GET") || m.equals("HEAD") ? Initiator.DOCUMENT
                    : isFormPost(m, requestHeaders) ? Initiator.FORM : Initiator.DOCUMENT;
        }
        if (accept.startsWith("image/") || accept.startsWith("text/css") || accept.startsWith("video/")
                || accept.startsWith("audio/") || accept.startsWith("font/")) {
            return Initiator.SUBRESOURCE;
        }
        if (!m.equals("GET") && !m.equals("HEAD")) {
            return isFormPost(m, requestHeaders) ? Initiator.FORM : Initiator.XHR;
        }
        return Initiator.UNKNOWN;
    }

    private static boolean isFormPost(String method, Headers headers) {
        if (!method.equals("POST")) {
            return false;
        }
        String type = lower(headers.first("Content-Type").orElse(""));
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")
                || type.startsWith("text/plain");
    }

    private static String lower(String s) {
        return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
    }
}
