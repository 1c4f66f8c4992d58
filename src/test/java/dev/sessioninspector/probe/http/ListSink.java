package dev.sessioninspector.probe.http;

import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.RecordingSink;
import dev.sessioninspector.model.StorageSnapshot;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A sink that keeps everything in lists, in the order given. */
final class ListSink implements RecordingSink {
    final AtomicLong ids = new AtomicLong();
    final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    final List<CookieEvent> cookieEvents = new CopyOnWriteArrayList<>();
    final List<Marker> markers = new CopyOnWriteArrayList<>();

    @Override
    public long reserveExchangeId() {
        return ids.incrementAndGet();
    }

    @Override
    public long exchange(Exchange exchange) {
        Exchange e = exchange.id() == 0 ? exchange.withId(reserveExchangeId()) : exchange;
        exchanges.add(e);
        return e.id();
    }

    @Override
    public void cookieEvent(CookieEvent event) {
        cookieEvents.add(event);
    }

    @Override
    public void marker(Marker marker) {
        markers.add(marker);
    }

    @Override
    public void storage(StorageSnapshot snapshot) {
    }
}
