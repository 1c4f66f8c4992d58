package dev.sessioninspector.capture;

import dev.sessioninspector.model.Header;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The recording side of one wrapped connection: request headers as set, request body (teed), the
 * {@code Cookie} header and raw response headers handed over by the cookie handler on the same thread,
 * status, response body (teed) and timing. Completes exactly once: at the end of the body, when the body
 * stream is closed, on {@code disconnect()}, or when the request fails before any response.
 *
 * <p>A passive tap (no session: capture detached or paused when the connection opened) records nothing; it
 * only keeps the browser safe from the JDK's header filter (see {@link SafeHeaders}).
 *
 * <p>WebView follows a redirect with a new connection (often on another loader thread), so each hop is its
 * own exchange; the hop that follows a 3xx names it in {@code redirectOf} (see {@link RedirectLinks}).
 */
final class ExchangeTap {
    /** The tap whose connection is doing I/O on this thread right now (the cookie handler pairs with it). */
    private static final ThreadLocal<ExchangeTap> CURRENT = new ThreadLocal<>();
    /** One call into the wrapped connection. */
    interface IoCall<T> {
        T run() throws IOException;
    }

    private final CaptureSession session;
    private final HttpURLConnection connection;
    private final long id;
    private final Long redirectOf;
    private final List<Header> requestHeaders = new ArrayList<>();
    private final AtomicBoolean finished = new AtomicBoolean();
    private final int cap;
    private volatile boolean begun;
    private volatile boolean responseSeen;
    private volatile boolean redirectAnnounced;
    private Instant start;
    private long startNanos;
    private String method;
    private volatile List<String> cookieHeader;
    private volatile Map<String, List<String>> rawResponseHeaders;
    private CappedBuffer requestBody;
    private CappedBuffer responseBody;
    private InputStream teedInput;
    private InputStream rawInput;
    private InputStream teedError;
    private InputStream rawError;
    private OutputStream teedOutput;
    private volatile String error;

    /** A recording tap for exchange {@code id} of {@code session}. */
    ExchangeTap(CaptureSession session, HttpURLConnection connection, long id) {
        this.session = Objects.requireNonNull(session, "session");
        this.connection = connection;
        this.id = id;
        this.cap = session.settings().maxBodyBytes();
        this.redirectOf = session.redirects().claim(connection.getURL().toExternalForm());
    }

    private ExchangeTap(HttpURLConnection connection) {
        this.session = null;
        this.connection = connection;
        this.id = 0;
        this.cap = 0;
        this.redirectOf = null;
    }

    /** A tap that records nothing. */
    static ExchangeTap passive(HttpURLConnection connection) {
        return new ExchangeTap(connection);
    }

    boolean recording() {
        return session != null;
    }

    /** The tap doing I/O on the calling thread, if any. */
    static ExchangeTap current() {
        return CURRENT.get();
    }

    long id() {
        return id;
    }

    URL url() {
        return connection.getURL();
    }

    // ---- request side -------------------------------------------------------------------------------

    synchronized void requestProperty(String name, String value, boolean replace) {
        if (name == null || name.isBlank() || begun) {
            return;
        }
        if (replace) {
            requestHeaders.removeIf(h -> h.is(name));
        }
        if (value != null) {
            requestHeaders.add(new Header(name, value));
        }
    }

    /** Runs one call into the connection with this tap current, so cookie-handler calls pair with it. */
    <T> T io(IoCall<T> call) throws IOException {
        begin();
        ExchangeTap previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return call.run();
        } catch (IOException | RuntimeException e) {
            failed(e);
            throw e;
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Like {@link #io} for the connection's methods that do not declare {@link IOException}. */
    <T> T quietIo(java.util.function.Supplier<T> call) {
        try {
            return io(call::get);
        } catch (IOException e) {
            throw new IllegalStateException(e); // cannot happen: the supplier throws no checked exception
        }
    }

    private synchronized void begin() {
        if (begun || session == null) {
            return;
        }
        begun = true;
        start = session.settings().clock().instant();
        startNanos = System.nanoTime();
        method = connection.getRequestMethod();
    }

    synchronized OutputStream output(OutputStream raw) {
        if (raw == null || session == null) {
            return raw;
        }
        if (teedOutput == null) {
            requestBody = new CappedBuffer(cap);
            teedOutput = new TeeOutputStream(raw, requestBody);
        }
        return teedOutput;
    }

    // ---- response side ------------------------------------------------------------------------------

    synchronized InputStream input(InputStream raw) {
        if (raw == null || session == null) {
            return raw;
        }
        responseSeen = true;
        if (raw != rawInput) {
            rawInput = raw;
            teedInput = new TeeInputStream(raw, this, responseBuffer());
        }
        return teedInput;
    }

    synchronized InputStream error(InputStream raw) {
        if (raw == null || session == null) {
            return raw;
        }
        responseSeen = true;
        if (raw != rawError) {
            rawError = raw;
            teedError = new TeeInputStream(raw, this, responseBuffer());
        }
        return teedError;
    }

    private CappedBuffer responseBuffer() {
        if (responseBody == null) {
            long expected = -1;
            try {
                expected = connection.getContentLengthLong(); // already parsed: no I/O
            } catch (RuntimeException e) {
                // unknown length: grow as needed
            }
            responseBody = new CappedBuffer(cap, expected);
        }
        return responseBody;
    }

    void statusRead(int status) {
        if (status > 0) {
            responseSeen = true;
        }
        if (status >= 300 && status < 400 && session != null) {
            // WebKit starts the next hop as soon as it hears of the redirect, before this connection is
            // closed: announce it now, not at completion.
            rememberRedirect(connection.getHeaderField("Location"));
        }
    }

    /** From the cookie handler's {@code get}: the {@code Cookie} header about to be sent. */
    void cookieSent(List<String> values) {
        cookieHeader = values == null || values.isEmpty() ? null : List.copyOf(values);
    }

    /** From the cookie handler's {@code put}: every response header, HttpOnly {@code Set-Cookie} included. */
    void responseHeaders(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((k, v) -> copy.put(k, v == null ? List.of() : List.copyOf(v)));
        rawResponseHeaders = copy;
        responseSeen = true;
    }

    /** Whether a cookie-handler call for {@code uri} belongs to this connection. */
    boolean matches(URI uri) {
        String host = connection.getURL().getHost();
        return uri != null && uri.getHost() != null && uri.getHost().equalsIgnoreCase(host);
    }

    /** The connection's header map; where the JDK's Set-Cookie filter throws, the same view built safely. */
    Map<String, List<String>> headerFields() {
        try {
            return connection.getHeaderFields();
        } catch (IllegalArgumentException e) {
            return SafeHeaders.fields(connection, rawResponseHeaders);
        }
    }

    String headerField(int n) {
        try {
            return connection.getHeaderField(n);
        } catch (IllegalArgumentException e) {
            return SafeHeaders.field(connection, rawResponseHeaders, n);
        }
    }

    String headerField(String name) {
        try {
            return connection.getHeaderField(name);
        } catch (IllegalArgumentException e) {
            return SafeHeaders.field(connection, rawResponseHeaders, name);
        }
    }

    // ---- completion ---------------------------------------------------------------------------------

    void bodyEnded() {
        finish();
    }

    void bodyFailed(IOException e) {
        if (error == null) {
            error = "response body cut short: " + describe(e);
        }
        finish();
    }

    void disconnected() {
        if (begun) {
            finish();
        }
    }

    private void failed(Exception e) {
        if (e instanceof RuntimeException && error == null) {
            // e.g. the JDK's own header filter choking on "Max-Age=abc": the browser gives up on the response
            error = "the browser could not read this response: " + describe(e);
        }
        if (!responseSeen) {
            if (error == null) {
                error = describe(e);
            }
            finish();
        } else if (openBodies() == 0) {
            finish(); // e.g. getInputStream() on a 404 without reading the error stream
        }
    }

    private synchronized int openBodies() {
        return (teedInput != null ? 1 : 0) + (teedError != null ? 1 : 0);
    }

    private void finish() {
        if (!begun || !finished.compareAndSet(false, true)) {
            return;
        }
        Duration duration = Duration.ofNanos(Math.max(0, System.nanoTime() - startNanos));
        int status = responseSeen ? readStatus() : 0;
        List<Header> headers = responseSeen ? ResponseHeaderView.read(connection, rawResponseHeaders) : List.of();
        if (status >= 300 && status < 400) {
            rememberRedirect(headers.stream().filter(h -> h.is("Location")).map(Header::value).findFirst().orElse(null));
        }
        RawExchange raw;
        synchronized (this) {
            raw = new RawExchange(id, start, duration, method, connection.getURL(), List.copyOf(requestHeaders),
                    cookieHeader, requestBody == null ? null : snapshot(requestBody), status, headers,
                    responseBody == null ? null : snapshot(responseBody), redirectOf,
                    status == 0 && error == null ? "no response" : error);
        }
        session.completed(raw);
    }

    private static dev.sessioninspector.model.Body snapshot(CappedBuffer buffer) {
        synchronized (buffer) {
            return buffer.toBody();
        }
    }

    private int readStatus() {
        try {
            int s = connection.getResponseCode();
            if (s < 0 || s > 999) {
                if (error == null) {
                    error = "invalid status line";
                }
                return 0;
            }
            return s;
        } catch (IOException | RuntimeException e) {
            if (error == null) {
                error = describe(e);
            }
            return 0;
        }
    }

    private void rememberRedirect(String location) {
        if (location == null || redirectAnnounced) {
            return;
        }
        redirectAnnounced = true;
        try {
            session.redirects().answered(id, new URL(connection.getURL(), location).toExternalForm());
        } catch (MalformedURLException e) {
            // a Location the browser cannot follow either: no next hop to link
        }
    }

    static String describe(Throwable e) {
        String msg = e.getMessage();
        String type = e.getClass().getSimpleName();
        return msg == null || msg.isBlank() ? type : type + ": " + msg;
    }
}
