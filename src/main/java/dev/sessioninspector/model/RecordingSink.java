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
    RecordingSink DISCARD = new ExchangesOnly() {
        private final java.util.concurrent.atomic.AtomicLong ids = new java.util.concurrent.atomic.AtomicLong();

        @Override
        public long reserveExchangeId() {
            return ids.incrementAndGet();
        }

        @Override
        public long exchange(Exchange exchange) {
            return exchange.id() != 0 ? exchange.id() : ids.incrementAndGet();
        }
    };

    /** A sink that takes exchanges and lets cookie events, markers and storage snapshots go. */
    interface ExchangesOnly extends RecordingSink {
        @Override
        default void cookieEvent(CookieEvent event) {
        }

        @Override
        default void marker(Marker marker) {
        }

        @Override
        default void storage(StorageSnapshot snapshot) {
        }
    }
}
