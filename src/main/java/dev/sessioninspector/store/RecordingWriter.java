package dev.sessioninspector.store;

import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingSink;
import dev.sessioninspector.model.StorageSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The store side of a recording: a {@link RecordingSink} that hands everything to the project's single writer
 * thread and returns at once. Exchange ids come from the project's counter, so they are known before the
 * write. Get one from {@link Project#writer(Recording)}; {@link #close()} writes what is queued and marks the
 * recording ended. Thread-safe.
 */
public final class RecordingWriter implements RecordingSink, AutoCloseable {
    private final Recording recording;
    private final WriteQueue queue;
    private final AtomicLong ids;
    private final Clock clock;
    private final Consumer<RecordingWriter> onClose;
    private final List<StoreListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicLong exchanges = new AtomicLong();
    private final AtomicLong cookieEvents = new AtomicLong();
    private final AtomicLong markers = new AtomicLong();
    private final AtomicLong snapshots = new AtomicLong();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final StoredBatch.Builder batch = new StoredBatch.Builder();
    private final Runnable batchDone = this::batchDone;

    RecordingWriter(Recording recording, WriteQueue queue, AtomicLong ids, Clock clock,
                    Consumer<RecordingWriter> onClose) {
        this.recording = recording;
        this.queue = queue;
        this.ids = ids;
        this.clock = clock;
        this.onClose = onClose;
        queue.afterEachBatch(batchDone);
    }

    public Recording recording() {
        return recording;
    }

    public void addListener(StoreListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(StoreListener listener) {
        listeners.remove(listener);
    }

    @Override
    public long reserveExchangeId() {
        return ids.incrementAndGet();
    }

    /**
     * Queues a completed exchange. Its id must be 0 (one is assigned) or one {@link #reserveExchangeId()}
     * returned; each id may be written once.
     */
    @Override
    public long exchange(Exchange exchange) {
        long id = exchange.id();
        if (id < 0 || id > ids.get()) {
            throw new IllegalArgumentException("exchange id " + id + " was not reserved from this project");
        }
        if (id == 0) {
            id = reserveExchangeId();
        }
        Exchange e = exchange.withId(id).withRecordingId(recording.id());
        submit("exchange " + id, c -> {
            ExchangeRows.insert(c, e);
            return e;
        }, exchanges, l -> l::exchangeStored);
        return id;
    }

    @Override
    public void cookieEvent(CookieEvent event) {
        CookieEvent e = event.withRecordingId(recording.id());
        submit("cookie event for " + e.cookie().name(), c -> e.withId(EventRows.insert(c, e)), cookieEvents,
                l -> l::cookieEventStored);
    }

    @Override
    public void marker(Marker marker) {
        Marker m = marker.withRecordingId(recording.id());
        submit(m.kind().name().toLowerCase(java.util.Locale.ROOT) + " marker", c -> m.withId(EventRows.insert(c, m)),
                markers, l -> l::markerStored);
    }

    @Override
    public void storage(StorageSnapshot snapshot) {
        StorageSnapshot s = snapshot.withRecordingId(recording.id());
        submit("storage snapshot of " + s.origin(), c -> s.withId(EventRows.insert(c, s)), snapshots,
                l -> l::storageStored);
    }

    /** Waits until everything handed over so far is committed (or reported failed). For tests and shutdown. */
    public void flush() {
        queue.flush();
    }

    public WriterCounts counts() {
        return new WriterCounts(exchanges.get(), cookieEvents.get(), markers.get(), snapshots.get(), pending.get(),
                failed.get(), dropped.get());
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** Writes what is queued, marks the recording ended (now, by the project's clock) and stops accepting. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            queue.call(c -> RecordingRows.end(c, recording.id(), clock.instant()));
        } finally {
            queue.removeAfterEachBatch(batchDone);
            onClose.accept(this);
        }
    }

    /** Writer thread, after each commit: tells the listeners what this recording's rows in it were. */
    private void batchDone() {
        StoredBatch done = batch.take();
        if (done != null) {
            listeners.forEach(l -> WriteQueue.tell(() -> l.batchCommitted(done)));
        }
    }

    private interface Row<T> {
        T write(Connection c) throws SQLException;
    }

    private interface Notify<T> {
        Consumer<T> of(StoreListener listener);
    }

    private <T> void submit(String what, Row<T> row, AtomicLong counter, Notify<T> notify) {
        if (closed.get()) {
            dropped.incrementAndGet();
            return;
        }
        pending.incrementAndGet();
        boolean queued = queue.offer(new WriteQueue.Task() {
            private T stored;

            @Override
            public void write(Connection c) throws SQLException {
                stored = row.write(c);
            }

            @Override
            public void committed() {
                counter.incrementAndGet();
                pending.decrementAndGet();
                batch.add(stored);
                listeners.forEach(l -> WriteQueue.tell(() -> notify.of(l).accept(stored)));
            }

            @Override
            public void failed(StoreException error) {
                failed.incrementAndGet();
                pending.decrementAndGet();
                listeners.forEach(l -> WriteQueue.tell(() -> l.writeFailed(what, error)));
            }
        });
        if (!queued) {
            pending.decrementAndGet();
            dropped.incrementAndGet();
        }
    }
}
