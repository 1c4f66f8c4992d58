package dev.sessioninspector.har;

import dev.sessioninspector.cookie.CookieHeader;
import dev.sessioninspector.model.Body;
import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.Header;
import dev.sessioninspector.model.Headers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Redaction by name: replaces secrets by {@value #REDACTED} and keeps their names: {@code Cookie},
 * {@code Set-Cookie} and {@code Authorization} values (the cookie names, attributes and auth scheme stay), headers,
 * form fields, JSON members and query or path parameters whose name is secret ({@link SecretNames}), in URLs and in
 * text bodies. Each method can hand every value it removed to a {@code found} consumer: {@link SecretValues}
 * collects them so that {@link ValueRedactor} removes the same values wherever else they appear. Not covered by
 * name: multipart bodies (the value pass still covers them).
 */
final class Sanitizer {
    static final String REDACTED = "[redacted]";
    /** {@value #REDACTED} as it stands in a URL. */
    static final String URL_REDACTED = "%5Bredacted%5D";
    static final Set<String> URL_HEADERS = Set.of("location", "content-location", "referer", "refresh");
    private static final Set<String> AUTH_HEADERS = Set.of("authorization", "proxy-authorization");
    private static final Consumer<String> IGNORE = v -> { };

    private Sanitizer() {
    }

    static boolean isSecretName(String name) {
        return SecretNames.isSecret(name);
    }

    static Headers headers(Headers headers) {
        return headers(headers, IGNORE);
    }

    static Headers headers(Headers headers, Consumer<String> found) {
        return new Headers(headers.all().stream().map(h -> header(h, found)).toList());
    }

    private static Header header(Header h, Consumer<String> found) {
        String name = h.name().toLowerCase(Locale.ROOT);
        if (name.equals("cookie")) {
            return new Header(h.name(), cookieHeader(h.value(), found));
        }
        if (name.equals("set-cookie")) {
            return new Header(h.name(), setCookie(h.value(), found));
        }
        if (AUTH_HEADERS.contains(name)) {
            int space = h.value().indexOf(' ');
            found.accept(space > 0 ? h.value().substring(space + 1).strip() : h.value());
            return new Header(h.name(), space > 0 ? h.value().substring(0, space) + " " + REDACTED : REDACTED);
        }
        if (isSecretName(name)) {
            found.accept(h.value());
            return new Header(h.name(), REDACTED);
        }
        if (URL_HEADERS.contains(name)) {
            return new Header(h.name(), url(h.value(), found));
        }
        return h;
    }

    static String cookieHeader(String value) {
        return cookieHeader(value, IGNORE);
    }

    private static String cookieHeader(String value, Consumer<String> found) {
        List<Cookie> pairs = CookieHeader.parse(value).stream().map(c -> {
            found.accept(c.value());
            return c.name().isEmpty() ? Cookie.simple("", REDACTED) : c.withValue(REDACTED);
        }).toList();
        return CookieHeader.format(pairs);
    }

    /** {@code sid=abc; Path=/; HttpOnly} → {@code sid=[redacted]; Path=/; HttpOnly}. */
    static String setCookie(String value) {
        return setCookie(value, IGNORE);
    }

    static String setCookie(String value, Consumer<String> found) {
        int semicolon = value.indexOf(';');
        String pair = semicolon < 0 ? value : value.substring(0, semicolon);
        String rest = semicolon < 0 ? "" : value.substring(semicolon);
        int eq = pair.indexOf('=');
        String cookieValue = (eq < 0 ? pair : pair.substring(eq + 1)).strip();
        found.accept(cookieValue);
        if (cookieValue.length() > 1 && cookieValue.startsWith("\"") && cookieValue.endsWith("\"")) {
            found.accept(cookieValue.substring(1, cookieValue.length() - 1));
        }
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
        return url(url, IGNORE);
    }

    static String url(String url, Consumer<String> found) {
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash);
        String beforeFragment = hash < 0 ? url : url.substring(0, hash);
        int q = beforeFragment.indexOf('?');
        String head = q < 0 ? beforeFragment : beforeFragment.substring(0, q);
        head = TextSecrets.redact(head, URL_REDACTED, found);
        String clean = q < 0 ? head + fragment
                : head + "?" + formEncoded(beforeFragment.substring(q + 1), found) + fragment;
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
        return formEncoded(form, IGNORE);
    }

    private static String formEncoded(String form, Consumer<String> found) {
        StringBuilder sb = new StringBuilder();
        for (String part : form.split("&", -1)) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            int eq = part.indexOf('=');
            String name = eq < 0 ? part : part.substring(0, eq);
            if (eq >= 0 && isSecretName(TextSecrets.decode(name))) {
                String value = part.substring(eq + 1);
                found.accept(value);
                found.accept(TextSecrets.decode(value));
                sb.append(name).append('=').append(REDACTED);
            } else {
                sb.append(part);
            }
        }
        return sb.toString();
    }

    /** A body with secret form fields, JSON members or parameters redacted, judged by its content type. */
    static Body body(Body body, String contentType) {
        return body(body, contentType, IGNORE);
    }

    static Body body(Body body, String contentType, Consumer<String> found) {
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
            clean = formEncoded(text, found);
        } else if (type.contains("json") || text.stripLeading().startsWith("{") || text.stripLeading().startsWith("[")) {
            clean = JsonSecrets.redact(text, found);
        } else if (type.contains("html") || type.contains("xml") || type.startsWith("text/")
                || type.contains("javascript")) {
            clean = TextSecrets.redact(text, URL_REDACTED, found);
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
        return JsonSecrets.redact(text, IGNORE);
    }
}
