package dev.sessioninspector.testkit;

import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.RecordingSink;
import dev.sessioninspector.model.StorageSnapshot;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The recording sink of the tests: keeps everything it is given in memory, in order, and assigns ids as the
 * store would. Thread-safe.
 */
public final class MemorySink implements RecordingSink {
    private final AtomicLong exchangeIds = new AtomicLong();
    private final AtomicLong ids = new AtomicLong();
    private final List<Exchange> exchanges = new ArrayList<>();
    private final List<CookieEvent> cookieEvents = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private final List<StorageSnapshot> storage = new ArrayList<>();

    @Override
    public long reserveExchangeId() {
        return exchangeIds.incrementAndGet();
    }

    @Override
    public synchronized long exchange(Exchange exchange) {
        long id = exchange.id() != 0 ? exchange.id() : exchangeIds.incrementAndGet();
        exchanges.add(exchange.withId(id));
        return id;
    }

    @Override
    public synchronized void cookieEvent(CookieEvent event) {
        cookieEvents.add(event.withId(ids.incrementAndGet()));
    }

    @Override
    public synchronized void marker(Marker marker) {
        markers.add(marker.withId(ids.incrementAndGet()));
    }

    @Override
    public synchronized void storage(StorageSnapshot snapshot) {
        storage.add(snapshot.withId(ids.incrementAndGet()));
    }

    public synchronized List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    public synchronized List<CookieEvent> cookieEvents() {
        return List.copyOf(cookieEvents);
    }

    public synchronized List<CookieEvent> cookieEvents(Predicate<CookieEvent> filter) {
        return cookieEvents.stream().filter(filter).toList();
    }

    public synchronized List<Marker> markers() {
        return List.copyOf(markers);
    }

    public synchronized List<StorageSnapshot> storage() {
        return List.copyOf(storage);
    }

    /** The first exchange with this method and raw path. */
    public synchronized Optional<Exchange> exchange(String method, String path) {
        return exchanges.stream().filter(e -> e.method().equals(method) && e.url().getRawPath().equals(path))
                .findFirst();
    }

    /** What was recorded, as recording 1 named {@code name} of {@code target} from {@code start} to now. */
    public synchronized RecordingData toRecordingData(String name, URI target, Instant start) {
        return new RecordingData(new Recording(1, name, target, start, Instant.now()),
                exchanges.stream().map(e -> e.withRecordingId(1)).toList(),
                cookieEvents.stream().map(e -> e.withRecordingId(1)).toList(),
                markers.stream().map(m -> m.withRecordingId(1)).toList(),
                storage.stream().map(s -> s.withRecordingId(1)).toList());
    }
}
