package dev.sessioninspector.browser.engine;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sessioninspector.capture.CaptureHooks;
import dev.sessioninspector.capture.CaptureSession;
import dev.sessioninspector.model.Origins;
import dev.sessioninspector.model.StorageSnapshot;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Worker;
import javafx.scene.web.WebEngine;

/**
 * Records the page's {@code localStorage} and {@code sessionStorage} at each page load (the engine's load
 * worker reaching {@code SUCCEEDED}) while capture records, and, once {@link #watchChanges} is on, whenever the
 * storage changed since the last snapshot: a single-page app signs in with a script request and keeps its token in
 * {@code localStorage} without any page load, and a {@code storage} event (another tab) changes it the same way.
 * The check reads the storage on a timer; nothing is added to the page. On the FX thread it only runs one short script
 * that returns the storage as a JSON string (no Java object is exposed to the page); parsing and recording
 * happen on a background thread. Pages without a storage origin ({@code about:blank}, {@code data:}) are
 * skipped.
 */
public final class StorageSnapshotter {
    private static final System.Logger LOG = System.getLogger(StorageSnapshotter.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    /** Reads both storage areas as strings; errors (storage disabled, opaque origin) are reported, not thrown. */
    static final String SCRIPT = """
            (function () {
              var out = { origin: String(window.location.origin) };
              function dump(s) {
                var o = {};
                for (var i = 0; i < s.length; i++) { var k = s.key(i); o[k] = String(s.getItem(k)); }
                return o;
              }
              try { out.local = dump(window.localStorage); } catch (e) { out.localError = String(e); }
              try { out.session = dump(window.sessionStorage); } catch (e) { out.sessionError = String(e); }
              return JSON.stringify(out);
            })()""";

    private final WebEngine engine;
    private final Executor background;
    private final ChangeListener<Worker.State> listener;
    /** The storage as last read (FX thread only): a change check records only what differs. */
    private String last;
    private Timeline watcher;

    private StorageSnapshotter(WebEngine engine, Executor background) {
        this.engine = engine;
        this.background = background;
        this.listener = (obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                snapshotNow();
            }
        };
    }

    /** Starts snapshotting {@code engine} at each page load. Call on the FX thread. */
    public static StorageSnapshotter attach(WebEngine engine) {
        return attach(engine, task -> CompletableFuture.runAsync(task));
    }

    /** As {@link #attach(WebEngine)}, parsing on {@code background}. */
    public static StorageSnapshotter attach(WebEngine engine, Executor background) {
        StorageSnapshotter s = new StorageSnapshotter(Objects.requireNonNull(engine, "engine"),
                Objects.requireNonNull(background, "background"));
        engine.getLoadWorker().stateProperty().addListener(s.listener);
        return s;
    }

    /**
     * Also records the storage every {@code period} when it changed since the last snapshot (a token stored by
     * script, a {@code storage} event). Call on the FX thread; {@link #detach} stops it.
     */
    public StorageSnapshotter watchChanges(Duration period) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive: " + period);
        }
        if (watcher != null) {
            watcher.stop();
        }
        watcher = new Timeline(new KeyFrame(javafx.util.Duration.millis(period.toMillis()), e -> snapshotIfChanged()));
        watcher.setCycleCount(Animation.INDEFINITE);
        watcher.play();
        return this;
    }

    /** Stops the change checks of {@link #watchChanges} (page loads are still snapshotted). FX thread. */
    public void stopWatching() {
        if (watcher != null) {
            watcher.stop();
            watcher = null;
        }
    }

    /** Stops snapshotting. Call on the FX thread. */
    public void detach() {
        engine.getLoadWorker().stateProperty().removeListener(listener);
        if (watcher != null) {
            watcher.stop();
            watcher = null;
        }
    }

    /** Records the current page's storage if it differs from the last snapshot. Call on the FX thread. */
    public void snapshotIfChanged() {
        snapshot(false);
    }

    /** Records the current page's storage now, if capture records. Call on the FX thread. */
    public void snapshotNow() {
        snapshot(true);
    }

    private void snapshot(boolean always) {
        if (!always && engine.getLoadWorker().getState() == Worker.State.RUNNING) {
            return; // a page is loading: its load will be snapshotted
        }
        Optional<CaptureSession> session = CaptureHooks.session().filter(CaptureSession::recording);
        if (session.isEmpty()) {
            return;
        }
        Object result;
        try {
            result = engine.executeScript(SCRIPT);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "no storage snapshot: " + e.getMessage());
            return;
        }
        if (result instanceof String json) {
            if (!always && json.equals(last)) {
                return;
            }
            last = json;
            CaptureSession target = session.get();
            background.execute(() -> record(target, json));
        }
    }

    private static void record(CaptureSession session, String json) {
        Snapshot s = parse(json);
        if (s == null) {
            return;
        }
        if (s.local() != null) {
            session.storage(s.origin(), StorageSnapshot.Area.LOCAL, s.local());
        }
        if (s.session() != null) {
            session.storage(s.origin(), StorageSnapshot.Area.SESSION, s.session());
        }
    }

    /** The parsed script result; an area is null when the page could not read it. */
    record Snapshot(String origin, Map<String, String> local, Map<String, String> session) {
    }

    /** Parses what {@link #SCRIPT} returned; null when the page has no storage origin or the text is not ours. */
    static Snapshot parse(String json) {
        try {
            Map<String, Object> map = JSON.readValue(json, MAP);
            Object origin = map.get("origin");
            if (!(origin instanceof String o) || o.isBlank() || o.equals("null")) {
                return null;
            }
            return new Snapshot(Origins.of(URI.create(o)), area(map.get("local")), area(map.get("session")));
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "unreadable storage snapshot: " + e.getMessage());
            return null;
        }
    }

    private static Map<String, String> area(Object value) {
        if (!(value instanceof Map<?, ?> raw)) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        return out;
    }
}
