package dev.sessioninspector.store;

import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.StorageSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * What one transaction of a {@link RecordingWriter} committed, with the ids the store gave it, in the order
 * it was written. Live views append it; they never re-read the recording while it runs.
 */
public record StoredBatch(List<Exchange> exchanges, List<CookieEvent> cookieEvents, List<Marker> markers,
                          List<StorageSnapshot> storage) {
    public static final StoredBatch EMPTY = new StoredBatch(List.of(), List.of(), List.of(), List.of());

    public StoredBatch {
        exchanges = List.copyOf(exchanges);
        cookieEvents = List.copyOf(cookieEvents);
        markers = List.copyOf(markers);
        storage = List.copyOf(storage);
    }

    public boolean isEmpty() {
        return exchanges.isEmpty() && cookieEvents.isEmpty() && markers.isEmpty() && storage.isEmpty();
    }

    /** Several batches as one, in order (a consumer that fell behind takes what queued up at once). */
    public static StoredBatch concat(List<StoredBatch> batches) {
        if (batches.size() == 1) {
            return batches.get(0);
        }
        List<Exchange> ex = new ArrayList<>();
        List<CookieEvent> ev = new ArrayList<>();
        List<Marker> mk = new ArrayList<>();
        List<StorageSnapshot> st = new ArrayList<>();
        for (StoredBatch b : batches) {
            ex.addAll(b.exchanges);
            ev.addAll(b.cookieEvents);
            mk.addAll(b.markers);
            st.addAll(b.storage);
        }
        return new StoredBatch(ex, ev, mk, st);
    }

    /** Collects one transaction's rows on the writer thread (not thread-safe: confined to it). */
    static final class Builder {
        private final List<Exchange> exchanges = new ArrayList<>();
        private final List<CookieEvent> cookieEvents = new ArrayList<>();
        private final List<Marker> markers = new ArrayList<>();
        private final List<StorageSnapshot> storage = new ArrayList<>();

        void add(Object stored) {
            if (stored instanceof Exchange e) {
                exchanges.add(e);
            } else if (stored instanceof CookieEvent e) {
                cookieEvents.add(e);
            } else if (stored instanceof Marker m) {
                markers.add(m);
            } else if (stored instanceof StorageSnapshot s) {
                storage.add(s);
            }
        }

        /** The batch collected so far, and a fresh start; null when nothing was collected. */
        StoredBatch take() {
            if (exchanges.isEmpty() && cookieEvents.isEmpty() && markers.isEmpty() && storage.isEmpty()) {
                return null;
            }
            StoredBatch b = new StoredBatch(exchanges, cookieEvents, markers, storage);
            exchanges.clear();
            cookieEvents.clear();
            markers.clear();
            storage.clear();
            return b;
        }
    }
}
