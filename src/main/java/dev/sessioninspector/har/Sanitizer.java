package dev.sessioninspector.har;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sessioninspector.cookie.CookieHeader;
import dev.sessioninspector.model.Body;
import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.Header;
import dev.sessioninspector.model.Headers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces secrets by {@value #REDACTED} and keeps their names: {@code Cookie}, {@code Set-Cookie} and
 * {@code Authorization} values (the cookie names, attributes and auth scheme stay), headers, form fields,
 * JSON keys and query parameters whose name looks secret (password, passwd, pwd, secret, token, api key,
 * credential, session id). Not covered: multipart bodies, secrets inside HTML.
 */
final class Sanitizer {
    static final String REDACTED = "[redacted]";
    /** {@value #REDACTED} as it stands in a URL. */
    static final String URL_REDACTED = "%5Bredacted%5D";
    private static final Set<String> URL_HEADERS = Set.of("location", "content-location", "referer", "refresh");
    private static final Pattern URL_SESSION_ID = Pattern.compile("(?i)(;jsessionid=)[^;/?#\"'&<>\\s]*");
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i)(passw|passwd|passphrase|pwd|secret|token|api[-_]?key|credential|session|^sid$|^pass$|jsessionid)");
    private static final Set<String> AUTH_HEADERS = Set.of("authorization", "proxy-authorization");
    private static final Pattern JSON_STRING_MEMBER = Pattern.compile(
            "\"((?:[^\"\\\\]|\\\\.)*)\"(\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9][^,}\\]\\s]*)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Sanitizer() {
    }

    static boolean isSecretName(String name) {
        return SECRET_NAME.matcher(name).find();
    }

    static Headers headers(Headers headers) {
        return new Headers(headers.all().stream().map(Sanitizer::header).toList());
    }

    private static Header header(Header h) {
        String name = h.name().toLowerCase(Locale.ROOT);
        if (name.equals("cookie")) {
            return new Header(h.name(), cookieHeader(h.value()));
        }
        if (name.equals("set-cookie")) {
            return new Header(h.name(), setCookie(h.value()));
        }
        if (AUTH_HEADERS.contains(name)) {
            int space = h.value().indexOf(' ');
            return new Header(h.name(), space > 0 ? h.value().substring(0, space) + " " + REDACTED : REDACTED);
        }
        if (isSecretName(name)) {
            return new Header(h.name(), REDACTED);
        }
        if (URL_HEADERS.contains(name)) {
            return new Header(h.name(), url(h.value()));
        }
        return h;
    }

    static String cookieHeader(String value) {
        List<Cookie> pairs = CookieHeader.parse(value).stream()
                .map(c -> c.name().isEmpty() ? Cookie.simple("", REDACTED) : c.withValue(REDACTED)).toList();
        return CookieHeader.format(pairs);
    }

    /** {@code sid=abc; Path=/; HttpOnly} → {@code sid=[redacted]; Path=/; HttpOnly}. */
    static String setCookie(String value) {
        int semicolon = value.indexOf(';');
        String pair = semicolon < 0 ? value : value.substring(0, semicolon);
        String rest = semicolon < 0 ? "" : value.substring(semicolon);
        int eq = pair.indexOf('=');
        return (eq < 0 ? REDACTED : pair.substring(0, eq + 1) + REDACTED) + rest;
    }

    static Cookie cookie(Cookie c) {
        if (c == null) {
            return null;
        }
        return new Cookie(c.name(), REDACTED, c.domain(), c.path(), c.hostOnly(), c.expires(), c.maxAge(), c.secure(),
                c.httpOnly(), c.sameSite(), c.partitioned(), c.raw() == null ? null : setCookie(c.raw()));
    }

    /** A URL with the values of secret query parameters (and {@code ;jsessionid=} path parameters) redacted. */
    static String url(String url) {
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash);
        String beforeFragment = hash < 0 ? url : url.substring(0, hash);
        int q = beforeFragment.indexOf('?');
        String head = q < 0 ? beforeFragment : beforeFragment.substring(0, q);
        head = head.replaceAll("(?i)(;jsessionid=)[^;/?#]*", "$1" + Matcher.quoteReplacement(REDACTED));
        String clean = q < 0 ? head + fragment : head + "?" + formEncoded(beforeFragment.substring(q + 1)) + fragment;
        // brackets are not legal in a URL: keep the marker readable yet re-importable
        return clean.replace(REDACTED, URL_REDACTED);
    }

    /**
     * A sanitized URL as a {@link java.net.URI}: the brackets of {@value #REDACTED} are not legal in a URI, so
     * they are percent-encoded here (the HAR's {@code url} text keeps them as they are).
     */
    static java.net.URI uri(String sanitizedUrl) {
        return java.net.URI.create(sanitizedUrl.replace("[", "%5B").replace("]", "%5D"));
    }

    /** {@code user=a&password=b} → {@code user=a&password=[redacted]}; order and encoding kept. */
    static String formEncoded(String form) {
        StringBuilder sb = new StringBuilder();
        for (String part : form.split("&", -1)) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            int eq = part.indexOf('=');
            String name = eq < 0 ? part : part.substring(0, eq);
            if (eq >= 0 && isSecretName(decode(name))) {
                sb.append(name).append('=').append(REDACTED);
            } else {
                sb.append(part);
            }
        }
        return sb.toString();
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** A body with secret form fields or JSON members redacted, judged by its content type. */
    static Body body(Body body, String contentType) {
        if (body.keptSize() == 0) {
            return body;
        }
        String text = BodyCodec.asText(body.bytes());
        if (text == null) {
            return body;
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String clean;
        if (type.contains("x-www-form-urlencoded")) {
            clean = formEncoded(text);
        } else if (type.contains("json") || text.stripLeading().startsWith("{") || text.stripLeading().startsWith("[")) {
            clean = json(text);
        } else if (type.contains("html") || type.contains("xml") || type.startsWith("text/")) {
            clean = URL_SESSION_ID.matcher(text).replaceAll("$1" + Matcher.quoteReplacement(URL_REDACTED));
        } else {
            return body;
        }
        if (clean.equals(text)) {
            return body;
        }
        byte[] bytes = clean.getBytes(StandardCharsets.UTF_8);
        return new Body(bytes, body.truncated() ? Math.max(body.originalSize(), bytes.length) : bytes.length);
    }

    /** JSON with the values of secret keys redacted; a text that is not (complete) JSON is scanned instead. */
    static String json(String text) {
        try {
            JsonNode tree = JSON.readTree(text);
            if (tree != null && redact(tree)) {
                return JSON.writeValueAsString(tree);
            }
            return text;
        } catch (JsonProcessingException notJson) {
            Matcher m = JSON_STRING_MEMBER.matcher(text);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String replacement = isSecretName(m.group(1)) ? "\"" + m.group(1) + "\"" + m.group(2) + "\"" + REDACTED
                        + "\"" : m.group();
                m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(sb);
            return sb.toString();
        }
    }

    private static boolean redact(JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (isSecretName(e.getKey()) && !e.getValue().isNull()) {
                    e.setValue(TextNode.valueOf(REDACTED));
                    changed = true;
                } else {
                    changed |= redact(e.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (JsonNode child : array) {
                changed |= redact(child);
            }
        }
        return changed;
    }
}
