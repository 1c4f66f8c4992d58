package dev.sessioninspector.capture;

import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.RecordingSink;
import dev.sessioninspector.model.StorageSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/** A thread-safe in-memory sink for tests: keeps everything it is given, assigns ids like the store. */
public final class CollectingSink implements RecordingSink {
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

    public synchronized List<Marker> markers() {
        return List.copyOf(markers);
    }

    public synchronized List<StorageSnapshot> storage() {
        return List.copyOf(storage);
    }

    /** The first exchange whose path (and query) ends with {@code pathAndQuery}. */
    public synchronized Optional<Exchange> exchange(String method, String path) {
        return exchanges.stream().filter(e -> e.method().equals(method) && e.url().getRawPath().equals(path))
                .findFirst();
    }

    public synchronized List<CookieEvent> cookieEvents(Predicate<CookieEvent> filter) {
        return cookieEvents.stream().filter(filter).toList();
    }
}
