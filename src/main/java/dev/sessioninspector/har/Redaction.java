package dev.sessioninspector.har;

import dev.sessioninspector.model.Body;
import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Header;
import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.StorageSnapshot;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a sanitized export does to each part of a recording: first by name ({@link Sanitizer}), then by value
 * ({@link ValueRedactor}). The values are every value the name pass removed anywhere in the recording (cookie
 * values sent or set, {@code Set-Cookie} values, {@code Authorization} credentials, secret headers, query and
 * path parameters such as a session ID in a URL, form fields, JSON members, web-storage values) plus the secrets
 * the caller names (for example the session credentials the analysis identified). So a session ID is removed from
 * a redirect target, an HTML link, a JSON member of any name, a text/plain body or a base64 blob even where its
 * name gives nothing away. {@link #NONE} leaves everything as recorded.
 */
final class Redaction {
    static final Redaction NONE = new Redaction(false, ValueRedactor.NONE);

    private final boolean active;
    private final ValueRedactor values;

    private Redaction(boolean active, ValueRedactor values) {
        this.active = active;
        this.values = values;
    }

    /** The redaction of {@code data}: its own secrets, found by name everywhere, plus {@code extra}. */
    static Redaction of(RecordingData data, Collection<String> extra) {
        Set<String> found = new LinkedHashSet<>(extra);
        Consumer<String> add = found::add;
        if (data.recording().target() != null) {
            Sanitizer.url(data.recording().target().toString(), add);
        }
        for (Exchange ex : data.exchanges()) {
            Sanitizer.url(ex.url().toString(), add);
            Sanitizer.headers(ex.requestHeaders(), add);
            Sanitizer.headers(ex.responseHeaders(), add);
            Sanitizer.body(ex.requestBody(), ex.requestHeaders().first("Content-Type").orElse(""), add);
            Sanitizer.body(ex.responseBody(), ex.responseHeaders().first("Content-Type").orElse(""), add);
        }
        for (CookieEvent e : data.cookieEvents()) {
            cookieValues(e.cookie(), add);
            cookieValues(e.previous(), add);
            if (e.url() != null) {
                Sanitizer.url(e.url().toString(), add);
            }
        }
        for (StorageSnapshot s : data.storage()) {
            found.addAll(s.entries().values());
        }
        return new Redaction(true, ValueRedactor.of(found));
    }

    private static void cookieValues(Cookie c, Consumer<String> add) {
        if (c != null) {
            add.accept(c.value());
            if (c.raw() != null) {
                Sanitizer.setCookie(c.raw(), add);
            }
        }
    }

    boolean active() {
        return active;
    }

    String url(String url) {
        return active ? values.redact(Sanitizer.url(url), Sanitizer.URL_REDACTED) : url;
    }

    Headers headers(Headers headers) {
        if (!active) {
            return headers;
        }
        return new Headers(Sanitizer.headers(headers).all().stream().map(h -> new Header(h.name(), values.redact(
                h.value(), Sanitizer.URL_HEADERS.contains(h.name().toLowerCase(Locale.ROOT)) ? Sanitizer.URL_REDACTED
                        : Sanitizer.REDACTED))).toList());
    }

    Body body(Body body, String contentType) {
        if (!active) {
            return body;
        }
        Body named = Sanitizer.body(body, contentType);
        byte[] raw = named.bytes();
        byte[] bytes = values.redact(raw, Sanitizer.REDACTED);
        if (bytes == raw) {
            return named;
        }
        return new Body(bytes, named.truncated() ? Math.max(named.originalSize(), bytes.length) : bytes.length);
    }

    /** Free text (a name, a label, an error message): every known secret value removed. */
    String text(String text) {
        return active && text != null ? values.redact(text, Sanitizer.REDACTED) : text;
    }

    Cookie cookie(Cookie c) {
        return active ? Sanitizer.cookie(c) : c;
    }

    String storageValue(String value) {
        return active ? Sanitizer.REDACTED : value;
    }

    int patterns() {
        return values.patterns();
    }
}
