package dev.sessioninspector.capture;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The JVM's default {@link CookieHandler} while capture is installed. It keeps the browser's cookies in the
 * delegate (JavaFX's own cookie manager) and only watches: the {@code Cookie} header each request carries,
 * every raw {@code Set-Cookie} a response brings (HttpOnly included) and {@code document.cookie} writes,
 * which JavaFX passes with {@code javascript://} ({@code javascripts://} for HTTPS) URIs. Watching never
 * changes what the delegate does, and nothing thrown while watching reaches the browser.
 */
final class CaptureCookieHandler extends CookieHandler {
    private volatile CookieHandler delegate;

    CaptureCookieHandler(CookieHandler delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** Replaces the browser's cookie store with {@code fresh} (every cookie held so far is forgotten). */
    void replaceDelegate(CookieHandler fresh) {
        this.delegate = Objects.requireNonNull(fresh, "fresh");
    }

    CookieHandler delegate() {
        return delegate;
    }

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
        Map<String, List<String>> result = delegate.get(uri, requestHeaders);
        ExchangeTap tap = ExchangeTap.current();
        if (tap != null && result != null && !isScript(uri) && tap.matches(uri)) {
            try {
                tap.cookieSent(values(result, "Cookie"));
            } catch (RuntimeException e) {
                CaptureHooks.failed("reading the Cookie header", e);
            }
        }
        return result;
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        try {
            watchPut(uri, responseHeaders);
        } catch (RuntimeException e) {
            CaptureHooks.failed("reading Set-Cookie", e);
        }
        delegate.put(uri, responseHeaders);
    }

    private static void watchPut(URI uri, Map<String, List<String>> headers) {
        if (uri == null || headers == null) {
            return;
        }
        CaptureSession session = CaptureHooks.active();
        if (isScript(uri)) {
            if (session != null) {
                List<String> written = values(headers, "Set-Cookie");
                if (!written.isEmpty()) {
                    session.scriptCookie(uri, written);
                }
            }
            return;
        }
        ExchangeTap tap = ExchangeTap.current();
        boolean paired = tap != null && tap.matches(uri);
        List<String> setCookies;
        if (paired) {
            tap.responseHeaders(headers);
            setCookies = ResponseHeaderView.setCookiesInWireOrder(headers);
        } else {
            setCookies = values(headers, "Set-Cookie");
        }
        if (session != null && !setCookies.isEmpty()) {
            session.serverCookies(uri, setCookies, paired && tap.recording() ? tap.id() : null);
        }
    }

    static boolean isScript(URI uri) {
        String scheme = uri.getScheme();
        if (scheme == null) {
            return false;
        }
        String s = scheme.toLowerCase(Locale.ROOT);
        return s.equals("javascript") || s.equals("javascripts");
    }

    private static List<String> values(Map<String, List<String>> headers, String name) {
        List<String> out = new ArrayList<>(1);
        headers.forEach((key, list) -> {
            if (key != null && key.equalsIgnoreCase(name) && list != null) {
                for (String v : list) {
                    if (v != null) {
                        out.add(v);
                    }
                }
            }
        });
        return out;
    }
}
