package dev.sessioninspector.ui.state;

import dev.sessioninspector.browser.engine.FxRunner;
import dev.sessioninspector.store.StoreListener;
import dev.sessioninspector.store.StoredBatch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Carries what a recording's writer commits to the views while it records: each committed batch is queued on
 * the writer thread and handed to the FX thread through the one {@link FxRunner}. At most one hand-off is in
 * flight, and hand-offs are at least {@code interval} apart (the first comes at once): batches that commit
 * meanwhile arrive together as one, so the FX thread's work follows the interval, not how fast the store
 * commits (a page that fetches in a loop commits one exchange at a time). Nothing is re-read from the store.
 */
public final class LiveFeed implements StoreListener {
    /** The live views' pace: as often as the status-bar counters. */
    public static final Duration INTERVAL = Duration.ofMillis(250);
    private static final ScheduledExecutorService LATER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-feed");
        t.setDaemon(true);
        return t;
    });

    private final FxRunner fx;
    private final Consumer<StoredBatch> sink;
    private final long intervalNanos;
    private final ConcurrentLinkedQueue<StoredBatch> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean handedOver = new AtomicBoolean();
    private volatile long lastDrain = Long.MIN_VALUE;

    /** A feed at {@link #INTERVAL}. */
    public LiveFeed(FxRunner fx, Consumer<StoredBatch> sink) {
        this(fx, sink, INTERVAL);
    }

    /**
     * @param sink     told (on the FX thread, through {@code fx}) each batch, e.g. {@link InspectorState#append}
     * @param interval the least time between two hand-offs ({@link Duration#ZERO}: as soon as the FX thread is free)
     */
    public LiveFeed(FxRunner fx, Consumer<StoredBatch> sink, Duration interval) {
        this.fx = fx;
        this.sink = sink;
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public void batchCommitted(StoredBatch batch) {
        waiting.add(batch);
        if (handedOver.compareAndSet(false, true)) {
            long wait = lastDrain == Long.MIN_VALUE ? 0 : lastDrain + intervalNanos - System.nanoTime();
            if (wait <= 0) {
                fx.run(this::drain);
            } else {
                LATER.schedule(() -> fx.run(this::drain), wait, TimeUnit.NANOSECONDS);
            }
        }
    }

    private void drain() {
        lastDrain = System.nanoTime();
        handedOver.set(false);
        List<StoredBatch> ready = new ArrayList<>();
        for (StoredBatch b = waiting.poll(); b != null; b = waiting.poll()) {
            ready.add(b);
        }
        if (!ready.isEmpty()) {
            sink.accept(StoredBatch.concat(ready));
        }
    }
}
