package dev.sessioninspector.capture;

import dev.sessioninspector.model.RecordingSink;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocketFactory;

/**
 * Installs capture into this JVM and routes what it sees to whichever {@link CaptureSession} is attached.
 *
 * <p>{@link #install()} must run before JavaFX starts (before the first WebView load at the very latest):
 * it switches WebView to its {@code HttpURLConnection} loader, lets {@code Origin}/{@code Sec-*} request
 * headers through, installs the URL stream handler factory (possible once per JVM) and wraps the default
 * cookie handler. It is idempotent, and with nothing attached the hooks only pass calls through.
 *
 * <pre>{@code
 * CaptureHooks.install();                                  // first thing, before Platform.startup / launch
 * CaptureSession s = CaptureHooks.attach(sink, CaptureSettings.defaults());
 * ...                                                      // browse
 * s.close();                                               // or CaptureHooks.detach()
 * }</pre>
 */
public final class CaptureHooks {
    private static final System.Logger LOG = System.getLogger(CaptureHooks.class.getName());
    /** WebView's HTTP/2 loader builds its client once and bypasses URL handlers; this turns it off. */
    public static final String HTTP2_LOADER_PROPERTY = "com.sun.webkit.useHTTP2Loader";
    /** Without it {@code HttpURLConnection} silently drops {@code Origin} and {@code Sec-*} request headers. */
    public static final String RESTRICTED_HEADERS_PROPERTY = "sun.net.http.allowRestrictedHeaders";

    private static final AtomicLong UNATTACHED_ERRORS = new AtomicLong();
    /** Per-origin TLS trust ({@code https://host:port} → socket factory); never a JVM-wide default. */
    private static final Map<String, SSLSocketFactory> TRUST = new ConcurrentHashMap<>();
    private static boolean installed;
    private static volatile CaptureSession active;

    private CaptureHooks() {
    }

    /**
     * Installs the hooks. Idempotent and thread-safe; call it before JavaFX starts.
     *
     * @throws IllegalStateException if another URL stream handler factory already owns this JVM
     */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        System.setProperty(HTTP2_LOADER_PROPERTY, "false");
        System.setProperty(RESTRICTED_HEADERS_PROPERTY, "true");
        URL httpBase;
        URL httpsBase;
        try {
            httpBase = new URL("http://127.0.0.1/");
            httpsBase = new URL("https://127.0.0.1/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException("the JDK has no http/https URL handler", e);
        }
        try {
            URL.setURLStreamHandlerFactory(new CaptureStreamHandlerFactory(httpBase, httpsBase));
        } catch (Error e) {
            throw new IllegalStateException("cannot install capture: another URLStreamHandlerFactory is already "
                    + "installed in this JVM (" + e.getMessage() + ")", e);
        }
        CookieHandler current = CookieHandler.getDefault();
        if (!(current instanceof CaptureCookieHandler)) {
            CookieHandler.setDefault(new CaptureCookieHandler(current != null ? current : FxCookieManager.create()));
        }
        installed = true;
        LOG.log(System.Logger.Level.DEBUG, "capture hooks installed");
    }

    public static synchronized boolean installed() {
        return installed;
    }

    /**
     * Starts recording into {@code sink}; a session already attached is closed first (its queue handed over).
     *
     * @throws IllegalStateException if {@link #install()} has not run
     */
    public static CaptureSession attach(RecordingSink sink, CaptureSettings settings) {
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(settings, "settings");
        CaptureSession previous;
        CaptureSession next;
        synchronized (CaptureHooks.class) {
            if (!installed) {
                throw new IllegalStateException("call CaptureHooks.install() before JavaFX starts, then attach");
            }
            previous = active;
            next = new CaptureSession(sink, settings);
            active = next;
        }
        if (previous != null) {
            previous.close();
        }
        return next;
    }

    /** Closes the attached session, if any (everything it queued reaches its sink first). */
    public static void detach() {
        CaptureSession s = active;
        if (s != null) {
            s.close();
        }
    }

    /** The attached session, if any. */
    public static Optional<CaptureSession> session() {
        return Optional.ofNullable(active);
    }

    /** Whether a session is attached and recording (not paused). */
    public static boolean recording() {
        CaptureSession s = active;
        return s != null && s.recording();
    }

    /** The attached session's counts, or zero when none is attached. */
    public static CaptureCounts counts() {
        CaptureSession s = active;
        return s == null ? CaptureCounts.ZERO : s.counts();
    }

    /**
     * Forgets every cookie the browser holds: the JVM's cookie store is replaced by a fresh, empty one (the
     * flow engines start each run this way, as the http engine starts with an empty jar). Affects every
     * WebView in this JVM.
     *
     * @throws IllegalStateException if {@link #install()} has not run
     */
    public static void resetCookies() {
        CookieHandler current = CookieHandler.getDefault();
        if (!(current instanceof CaptureCookieHandler capture)) {
            throw new IllegalStateException("call CaptureHooks.install() first");
        }
        capture.replaceDelegate(FxCookieManager.create());
    }

    /**
     * The name and value of each cookie the browser's jar would send to {@code page} or to its origin's root, as
     * the jar holds them now (HttpOnly included); empty before {@link #install()} or for a non-HTTP page.
     */
    static Map<String, String> jarFor(URI page) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (!(CookieHandler.getDefault() instanceof CaptureCookieHandler capture) || page == null
                || page.getScheme() == null || !page.getScheme().toLowerCase(Locale.ROOT).startsWith("http")
                || page.getRawAuthority() == null) {
            return out;
        }
        for (URI u : List.of(page, URI.create(page.getScheme() + "://" + page.getRawAuthority() + "/"))) {
            try {
                Map<String, List<String>> sent = capture.delegate().get(u, Map.of());
                sent.forEach((name, values) -> {
                    if ("Cookie".equalsIgnoreCase(name) && values != null) {
                        values.forEach(v -> parseCookieHeader(v, out));
                    }
                });
            } catch (IOException | RuntimeException e) {
                failed("reading the cookie jar at Record", e);
            }
        }
        return out;
    }

    private static void parseCookieHeader(String header, Map<String, String> out) {
        if (header == null) {
            return;
        }
        for (String pair : header.split(";")) {
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).trim();
            if (!name.isEmpty()) {
                out.putIfAbsent(name, eq < 0 ? "" : pair.substring(eq + 1).trim());
            }
        }
    }

    /**
     * Makes every HTTPS connection the browser opens to exactly {@code origin} use {@code factory} (e.g. one
     * that trusts only the demo shop's self-signed certificate). Connections to any other origin keep the
     * JDK's default trust; nothing global changes. The JDK's host name check stays in force: the trusted
     * certificate must still name the host. Replaces an earlier trust for the same origin.
     *
     * @param origin {@code https://host[:port]} (no path, query or user); the port defaults to 443
     * @throws IllegalArgumentException if {@code origin} is not such an https origin
     */
    public static void trustForOrigin(String origin, SSLSocketFactory factory) {
        Objects.requireNonNull(factory, "factory");
        TRUST.put(httpsOrigin(origin), factory);
    }

    /** Removes the trust {@link #trustForOrigin} gave {@code origin}; no-op when there is none. */
    public static void clearTrust(String origin) {
        TRUST.remove(httpsOrigin(origin));
    }

    /** Whether connections to {@code origin} get a trust of their own. */
    public static boolean trusts(String origin) {
        return TRUST.containsKey(httpsOrigin(origin));
    }

    /** The socket factory for an HTTPS connection to {@code host:port}, or null for the JDK's default. */
    static SSLSocketFactory trustFor(String host, int port) {
        if (TRUST.isEmpty() || host == null) {
            return null;
        }
        return TRUST.get("https://" + host.toLowerCase(Locale.ROOT) + ":" + (port == -1 ? 443 : port));
    }

    static String httpsOrigin(String origin) {
        Objects.requireNonNull(origin, "origin");
        java.net.URI uri;
        try {
            uri = new java.net.URI(origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not an origin: " + origin);
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getRawUserInfo() != null
                || (uri.getRawPath() != null && !uri.getRawPath().isEmpty()) || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("an https origin (https://host[:port]) is needed, not " + origin);
        }
        return "https://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + (uri.getPort() == -1 ? 443 : uri.getPort());
    }

    static CaptureSession active() {
        return active;
    }

    static synchronized void detached(CaptureSession session) {
        if (active == session) {
            active = null;
        }
    }

    /** Something the hooks could not record; counted on the attached session, logged either way. */
    static void failed(String what, Throwable e) {
        CaptureSession s = active;
        if (s != null) {
            s.failed(what, e);
        } else {
            UNATTACHED_ERRORS.incrementAndGet();
            LOG.log(System.Logger.Level.WARNING, "capture: " + what + ": " + ExchangeTap.describe(e), e);
        }
    }
}
