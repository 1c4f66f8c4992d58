package dev.sessioninspector.har;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sessioninspector.model.Body;
import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Header;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.cookie.CookieHeader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns one HAR entry (a small tree; the file itself is streamed) into an {@link Exchange}. Understands
 * the shapes Chrome, Firefox, Playwright and this app write: {@code _error}/{@code _failureText} for failed
 * requests (status 0 or -1), Firefox's newline-joined {@code Set-Cookie}, {@code cookies} arrays without
 * the matching header, base64 content, and this app's {@code _id}, {@code _initiator}, {@code _redirectOf}.
 */
final class HarEntryReader {
    private static final Set<String> SCHEMES = Set.of("http", "https", "ws", "wss");

    /** An entry read, or the reason it was skipped (e.g. a {@code data:} URL). */
    record Read(Exchange exchange, String redirectUrl, Long fileId, String skipped, boolean externalBody) {
    }

    private HarEntryReader() {
    }

    /** @throws IllegalArgumentException with a one-line reason when a required field is missing or wrong */
    static Read read(JsonNode entry, StringPool pool) {
        if (!entry.isObject()) {
            throw new IllegalArgumentException("entry is not an object");
        }
        JsonNode req = entry.path("request");
        if (!req.isObject()) {
            throw new IllegalArgumentException("no request object");
        }
        String method = requiredText(req, "method", "request.method");
        String urlText = requiredText(req, "url", "request.url");
        URI url = parseUrl(urlText);
        if (url == null) {
            return new Read(null, null, null, "a URL that is not valid", false);
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.isEmpty()) {
            return new Read(null, null, null, "a relative URL", false);
        }
        if (!SCHEMES.contains(scheme)) {
            return new Read(null, null, null, "the URL scheme " + scheme + ": (only http, https, ws and wss are kept)",
                    false);
        }
        if (url.getHost() == null) {
            return new Read(null, null, null, url.getRawAuthority() == null ? "a " + scheme + ": URL without a host name"
                    : "a host name that is not valid in a URL (" + url.getRawAuthority() + ")", false);
        }
        Instant start = HarDates.parse(requiredText(entry, "startedDateTime", "startedDateTime"));
        double millis = entry.path("time").asDouble(0);
        Duration duration = millis > 0 && Double.isFinite(millis) ? Duration.ofNanos(Math.round(millis * 1_000_000))
                : Duration.ZERO;

        List<Header> reqHeaders = headers(req.path("headers"), pool);
        if (reqHeaders.stream().noneMatch(h -> h.is("Cookie")) && req.path("cookies").size() > 0) {
            List<Cookie> pairs = new ArrayList<>();
            req.path("cookies").forEach(c -> pairs.add(Cookie.simple(c.path("name").asText(""),
                    c.path("value").asText(""))));
            reqHeaders.add(new Header("Cookie", CookieHeader.format(pairs)));
        }
        Body reqBody = postData(req);

        JsonNode res = entry.path("response");
        int status = status(res.path("status"));
        List<Header> resHeaders = headers(res.path("headers"), pool);
        if (resHeaders.stream().noneMatch(h -> h.is("Set-Cookie")) && res.path("cookies").size() > 0) {
            res.path("cookies").forEach(c -> resHeaders.add(new Header("Set-Cookie", HarCookies.toSetCookie(c))));
        }
        JsonNode content = res.path("content");
        Body resBody = body(content.path("text"), text(content, "encoding"), content.path("size").asLong(-1),
                "response.content.text");
        boolean external = content.has("_file") && !content.hasNonNull("text");
        String error = null;
        if (status == 0) {
            error = firstText(entry.path("_error"), res.path("_error"), res.path("_failureText"),
                    entry.path("response").path("statusText"));
            if (error == null) {
                error = res.isObject() ? "no response (status 0)" : "no response recorded";
            }
        }
        String redirect = text(res, "redirectURL");
        Long fileId = entry.path("_id").canConvertToLong() && entry.path("_id").asLong() > 0
                ? entry.path("_id").asLong() : null;
        Long redirectOf = entry.path("_redirectOf").canConvertToLong() ? entry.path("_redirectOf").asLong() : null;
        Exchange ex = new Exchange(0, 0, start, duration, pool.share(method), url, new dev.sessioninspector.model.Headers(reqHeaders),
                reqBody, status, new dev.sessioninspector.model.Headers(resHeaders), resBody, initiator(entry, method),
                redirectOf, error);
        return new Read(ex, redirect == null || redirect.isEmpty() ? null : redirect, fileId, null, external);
    }

    /** The status: a number (or a number as text); missing is 0 (no response); anything else is refused. */
    private static int status(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return 0;
        }
        int status;
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            status = node.asInt();
        } else if (node.isTextual()) {
            try {
                status = Integer.parseInt(node.asText().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("response.status \"" + node.asText() + "\" is not a number");
            }
        } else {
            throw new IllegalArgumentException("response.status " + node + " is not a number");
        }
        return status < 0 || status > 999 ? 0 : status;
    }

    private static URI parseUrl(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            try {
                // Browsers log some URLs unescaped (spaces, |, ^): escape those and try once more.
                return new URI(text.replace(" ", "%20").replace("|", "%7C").replace("^", "%5E")
                        .replace("\"", "%22").replace("<", "%3C").replace(">", "%3E").replace("`", "%60")
                        .replace("{", "%7B").replace("}", "%7D").replace("\\", "%5C"));
            } catch (URISyntaxException again) {
                return null;
            }
        }
    }

    private static List<Header> headers(JsonNode array, StringPool pool) {
        List<Header> list = new ArrayList<>();
        for (JsonNode h : array) {
            String name = pool.share(h.path("name").asText(""));
            if (name.isBlank()) {
                continue;
            }
            String value = pool.share(h.path("value").asText(""));
            if (name.equalsIgnoreCase("Set-Cookie") && value.indexOf('\n') >= 0) {
                for (String v : value.split("\n")) {
                    if (!v.isBlank()) {
                        list.add(new Header(name, pool.share(v)));
                    }
                }
            } else {
                list.add(new Header(name, value));
            }
        }
        return list;
    }

    private static Body postData(JsonNode req) {
        JsonNode post = req.path("postData");
        long declared = req.path("bodySize").asLong(-1);
        if (!post.isObject()) {
            return declared > 0 ? new Body(new byte[0], declared) : Body.EMPTY;
        }
        String encoding = text(post, "_encoding") != null ? text(post, "_encoding") : text(post, "encoding");
        if (!post.hasNonNull("text") && post.path("params").size() > 0) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode p : post.path("params")) {
                if (sb.length() > 0) {
                    sb.append('&');
                }
                sb.append(URLEncoder.encode(p.path("name").asText(""), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(p.path("value").asText(""), StandardCharsets.UTF_8));
            }
            return body(sb.toString(), null, declared);
        }
        return body(post.path("text"), encoding, declared, "request.postData.text");
    }

    private static Body body(JsonNode text, String encoding, long declared, String field) {
        if (text.isMissingNode() || text.isNull()) {
            return declared > 0 ? new Body(new byte[0], declared) : Body.EMPTY;
        }
        try {
            return body(text.asText(), encoding, declared);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " is not valid base64");
        }
    }

    private static Body body(String text, String encoding, long declared) {
        byte[] bytes = BodyCodec.decode(text, encoding);
        return new Body(bytes, Math.max(declared, bytes.length));
    }

    private static Initiator initiator(JsonNode entry, String method) {
        JsonNode own = entry.path("_initiator");
        if (own.isTextual()) {
            try {
                return Initiator.valueOf(own.asText());
            } catch (IllegalArgumentException notOurs) {
                // fall through to the browser's resource type
            }
        }
        String type = entry.path("_resourceType").asText("").toLowerCase(Locale.ROOT);
        return switch (type) {
            case "document" -> method.equalsIgnoreCase("POST") ? Initiator.FORM : Initiator.DOCUMENT;
            case "xhr", "fetch", "eventsource", "websocket" -> Initiator.XHR;
            case "" -> Initiator.UNKNOWN;
            default -> Initiator.SUBRESOURCE;
        };
    }

    private static String requiredText(JsonNode node, String field, String label) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException("missing " + label);
        }
        return v.asText();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String firstText(JsonNode... nodes) {
        for (JsonNode n : nodes) {
            if (n.isTextual() && !n.asText().isBlank()) {
                return n.asText();
            }
        }
        return null;
    }
}
