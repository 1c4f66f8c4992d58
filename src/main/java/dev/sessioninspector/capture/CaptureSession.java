package dev.sessioninspector.capture;

import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.RecordingSink;
import dev.sessioninspector.model.StorageSnapshot;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One attachment of capture to a {@link RecordingSink}: what the browser does while it is attached and
 * recording goes to the sink. Made by {@link CaptureHooks#attach}; ended by {@link #close()} (or
 * {@link CaptureHooks#detach()}), which hands over everything still queued.
 *
 * <p>The browser's threads only copy bytes and enqueue; decoding, masking, cookie bookkeeping and the sink
 * calls run on one worker thread per session, in the order things happened, so capture never makes the
 * browser wait. While paused, nothing is recorded, but the session still follows cookie changes so the
 * first event after {@link #resume()} is classified correctly.
 */
public final class CaptureSession implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(CaptureSession.class.getName());

    private final RecordingSink sink;
    private final CaptureSettings settings;
    private final CoalescingWorker worker;
    private final CookieRecorder cookies;
    private final AtomicLong exchanges = new AtomicLong();
    private final AtomicLong cookieEvents = new AtomicLong();
    private final AtomicLong snapshots = new AtomicLong();
    private final AtomicLong markers = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong lastExchangeId = new AtomicLong();
    private final RedirectLinks redirects = new RedirectLinks();
    private java.time.Instant lastExpiryCheck; // worker thread only
    private volatile boolean recording = true;
    private volatile boolean closed;

    CaptureSession(RecordingSink sink, CaptureSettings settings) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.cookies = new CookieRecorder(settings.clock());
        this.worker = new CoalescingWorker("capture-worker", Duration.ofMillis(10));
    }

    public CaptureSettings settings() {
        return settings;
    }

    /** Stops recording until {@link #resume()}; the browser keeps working normally. */
    public void pause() {
        recording = false;
    }

    public void resume() {
        if (!closed) {
            recording = true;
        }
    }

    /** Whether traffic is being recorded now (attached, not paused, not closed). */
    public boolean recording() {
        return recording && !closed;
    }

    public boolean closed() {
        return closed;
    }

    /** What has been handed to the sink so far. */
    public CaptureCounts counts() {
        return new CaptureCounts(exchanges.get(), cookieEvents.get(), snapshots.get(), markers.get(), errors.get());
    }

    /**
     * Places a login, logout or note marker now, tied to the last exchange recorded. Markers are recorded
     * even while paused (they are the user's or a flow's word, not traffic).
     */
    public void mark(Marker.Kind kind, Marker.Source source, String label) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        java.time.Instant now = settings.clock().instant();
        submit(() -> {
            long last = lastExchangeId.get();
            sink.marker(new Marker(0, 0, now, kind, source, label, last == 0 ? null : last));
            markers.incrementAndGet();
        });
    }

    /**
     * Records the cookies the browser's jar holds for {@code page} now (call it when Record is pressed), as
     * {@link CookieEvent.Source#JAR} events: a lane starts at Record even for a cookie no request has sent yet.
     * Only name, value and host are known. Ignored while paused or for a non-HTTP page.
     */
    public void recordJar(URI page) {
        if (!recording() || page == null) {
            return;
        }
        java.time.Instant now = settings.clock().instant();
        Map<String, String> held = CaptureHooks.jarFor(page);
        String host = page.getHost() == null ? "" : page.getHost().toLowerCase(java.util.Locale.ROOT);
        submit(() -> held.forEach((name, value) -> {
            sink.cookieEvent(new CookieEvent(0, 0, now, CookieEvent.Kind.SET, CookieEvent.Source.JAR,
                    new Cookie(name, value, host, "/", true, null, null, false, false, null, false, null), null, null,
                    page));
            cookieEvents.incrementAndGet();
        }));
    }

    /**
     * Records one origin's web storage as a page just left it. Ignored while paused.
     *
     * @param origin e.g. {@code http://127.0.0.1:8080}
     */
    public void storage(String origin, StorageSnapshot.Area area, Map<String, String> entries) {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(entries, "entries");
        if (!recording()) {
            return;
        }
        StorageSnapshot snapshot = new StorageSnapshot(0, 0, settings.clock().instant(), origin, area, entries);
        submit(() -> {
            sink.storage(snapshot);
            snapshots.incrementAndGet();
        });
    }

    /**
     * Waits until everything captured so far has been handed to the sink. Connections still streaming are
     * not waited for.
     *
     * @return false if that took longer than {@code timeout}
     */
    public boolean flush(Duration timeout) {
        return worker.flush(timeout);
    }

    /** Stops recording and hands everything queued to the sink (waits up to 10 s). Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        recording = false;
        closed = true;
        CaptureHooks.detached(this);
        if (!worker.shutdown(Duration.ofSeconds(10))) {
            LOG.log(System.Logger.Level.WARNING, "capture worker did not drain in 10 s; the rest is dropped");
        }
    }

    // ---- called by the hooks, on the browser's threads ------------------------------------------------

    /** A recording tap for a fresh JDK connection, or null when not recording (or the sink refused an id). */
    ExchangeTap tap(HttpURLConnection connection) {
        if (!recording()) {
            return null;
        }
        try {
            return new ExchangeTap(this, connection, sink.reserveExchangeId());
        } catch (RuntimeException e) {
            failed("the sink refused an exchange id", e);
            return null;
        }
    }

    RedirectLinks redirects() {
        return redirects;
    }

    /** A finished exchange from a connection wrapper. */
    void completed(RawExchange raw) {
        if (closed) {
            return;
        }
        submit(() -> {
            Exchange exchange = ExchangeAssembler.assemble(raw, settings);
            sink.exchange(exchange);
            lastExchangeId.accumulateAndGet(raw.id(), Math::max);
            exchanges.incrementAndGet();
            java.time.Instant now = settings.clock().instant();
            if (lastExpiryCheck == null || !now.isBefore(lastExpiryCheck.plusSeconds(1))) {
                lastExpiryCheck = now; // expiry has a one-second grain: no need to look at every exchange
                emitAll(cookies.expire(now));
            }
        });
    }

    /** {@code Set-Cookie} values a response to {@code uri} carried (raw, HttpOnly included). */
    void serverCookies(URI uri, List<String> setCookie, Long exchangeId) {
        boolean emit = recording();
        java.time.Instant now = settings.clock().instant();
        submit(() -> {
            List<CookieRecorder.Result> results = cookies.fromServer(uri, setCookie, now, exchangeId);
            if (emit) {
                emitAll(results);
            }
        });
    }

    /** A {@code document.cookie} write; {@code scriptUri} is the {@code javascript(s)://} URI JavaFX passes. */
    void scriptCookie(URI scriptUri, List<String> values) {
        boolean emit = recording();
        java.time.Instant now = settings.clock().instant();
        submit(() -> {
            List<CookieRecorder.Result> results = cookies.fromScript(scriptUri, values, now);
            if (emit) {
                emitAll(results);
            }
        });
    }

    private void emitAll(List<CookieRecorder.Result> results) {
        for (CookieRecorder.Result r : results) {
            if (r.event() != null) {
                sink.cookieEvent(r.event());
                cookieEvents.incrementAndGet();
            } else {
                LOG.log(System.Logger.Level.INFO, r.note());
                sink.marker(new Marker(0, 0, r.time(), Marker.Kind.NOTE, Marker.Source.DETECTED, r.note(),
                        r.exchangeId()));
                markers.incrementAndGet();
            }
        }
    }

    void failed(String what, Throwable e) {
        errors.incrementAndGet();
        LOG.log(System.Logger.Level.WARNING, "capture: " + what + ": " + ExchangeTap.describe(e), e);
    }

    private void submit(Runnable task) {
        worker.submit(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                failed("could not record", e);
            }
        }); // refused once closed: the recording has ended, nothing more goes to the sink
    }
}
