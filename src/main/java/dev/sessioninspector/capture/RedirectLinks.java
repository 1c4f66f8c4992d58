package dev.sessioninspector.capture;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Links a redirect hop to the response that sent the browser there. When a 3xx completes, its resolved
 * {@code Location} is remembered; the next connection to that URL (within {@value #WINDOW_SECONDS} s, on any
 * thread: WebView often restarts the load on another loader thread) claims it. Fragments are ignored, as
 * they are never sent.
 */
final class RedirectLinks {
    static final long WINDOW_SECONDS = 30;
    private static final int MAX_PENDING = 256;

    private record Pending(long fromId, long atNanos) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    void answered(long exchangeId, String target) {
        long now = System.nanoTime();
        if (pending.size() >= MAX_PENDING) {
            prune(now);
        }
        pending.put(withoutFragment(target), new Pending(exchangeId, now));
    }

    /** The exchange that redirected to {@code url}, if one did recently; forgets it. */
    Long claim(String url) {
        if (pending.isEmpty()) {
            return null;
        }
        Pending p = pending.remove(withoutFragment(url));
        if (p == null || System.nanoTime() - p.atNanos() > WINDOW_SECONDS * 1_000_000_000L) {
            return null;
        }
        return p.fromId();
    }

    private void prune(long now) {
        for (Iterator<Pending> it = pending.values().iterator(); it.hasNext(); ) {
            if (now - it.next().atNanos() > WINDOW_SECONDS * 1_000_000_000L) {
                it.remove();
            }
        }
        if (pending.size() >= MAX_PENDING) {
            pending.clear();
        }
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
