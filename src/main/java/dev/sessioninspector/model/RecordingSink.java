package dev.sessioninspector.model;

/**
 * Where recorded traffic goes: capture, flows and probes write to it; the store implements it (one writer
 * fed by a queue, so a caller never waits on disk). A sink is bound to one recording and fills in the
 * {@code recordingId} and {@code id} of what it is given.
 *
 * <p>Calls may come from any thread. Implementations must not block on I/O.
 */
public interface RecordingSink {
    /**
     * Reserves the id the next exchange will carry, so cookie events seen while its response is still
     * streaming can name it. Pass the exchange with this id to {@link #exchange} when it completes.
     */
    long reserveExchangeId();

    /** A completed exchange; its {@code id} is a reserved one, or 0 to have one assigned. Returns the id. */
    long exchange(Exchange exchange);

    void cookieEvent(CookieEvent event);

    void marker(Marker marker);

    void storage(StorageSnapshot snapshot);

    /** A sink that keeps nothing, for runs that only need the side effects. */
    RecordingSink DISCARD = new RecordingSink() {
        private final java.util.concurrent.atomic.AtomicLong ids = new java.util.concurrent.atomic.AtomicLong();

        @Override
        public long reserveExchangeId() {
            return ids.incrementAndGet();
        }

        @Override
        public long exchange(Exchange exchange) {
            return exchange.id() != 0 ? exchange.id() : ids.incrementAndGet();
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
    };
}
