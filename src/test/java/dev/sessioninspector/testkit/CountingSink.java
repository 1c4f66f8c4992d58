package dev.sessioninspector.testkit;

import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.RecordingSink;
import java.util.concurrent.atomic.AtomicLong;

/** A sink that counts what it is given and lets it go (benchmarks that must not hold the traffic). */
public final class CountingSink implements RecordingSink.ExchangesOnly {
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

    /** Body bytes kept by the exchanges given so far. */
    public long bytes() {
        return bytes.get();
    }
}
