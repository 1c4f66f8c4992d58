package dev.sessioninspector.testkit;

import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.RecordingSink;
import dev.sessioninspector.model.StorageSnapshot;
import java.util.concurrent.atomic.AtomicLong;

/** A sink that counts what it is given and lets it go (benchmarks that must not hold the traffic). */
public final class CountingSink implements RecordingSink {
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    @Override
    public long reserveExchangeId() {
        return ids.incrementAndGet();
    }

    @Override
    public long exchange(Exchange exchange) {
        bytes.addAndGet(exchange.responseBody().keptSize() + exchange.requestBody().keptSize());
        return exchange.id();
    }

    @Override
    public void cookieEvent(CookieEvent event) {
    }

    @Override
    public void marker(Marker marker) {
    }

    @Override
    public void storage(StorageSnapshot snapshot) {
    }

    /** Body bytes kept by the exchanges given so far. */
    public long bytes() {
        return bytes.get();
    }
}
