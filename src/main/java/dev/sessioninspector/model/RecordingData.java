package dev.sessioninspector.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything recorded in one recording, in time order: what the store loads, what a HAR import yields, and
 * what the analysis reads.
 */
public record RecordingData(
        Recording recording,
        List<Exchange> exchanges,
        List<CookieEvent> cookieEvents,
        List<Marker> markers,
        List<StorageSnapshot> storage) {

    public RecordingData {
        Objects.requireNonNull(recording, "recording");
        exchanges = sorted(exchanges, Comparator.comparing(Exchange::start).thenComparingLong(Exchange::id));
        cookieEvents = sorted(cookieEvents, Comparator.comparing(CookieEvent::time).thenComparingLong(CookieEvent::id));
        markers = sorted(markers, Comparator.comparing(Marker::time).thenComparingLong(Marker::id));
        storage = sorted(storage, Comparator.comparing(StorageSnapshot::time).thenComparingLong(StorageSnapshot::id));
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        return list == null ? List.of() : list.stream().sorted(order).toList();
    }

    public Optional<Exchange> exchange(long id) {
        return exchanges.stream().filter(e -> e.id() == id).findFirst();
    }
}
