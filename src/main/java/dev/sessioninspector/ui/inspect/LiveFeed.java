package dev.sessioninspector.ui.inspect;

import dev.sessioninspector.browser.FxRunner;
import dev.sessioninspector.store.StoreListener;
import dev.sessioninspector.store.StoredBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Carries what a recording's writer commits to the views while it records: each committed batch is queued on
 * the writer thread and handed to the FX thread through the one {@link FxRunner}; when the FX thread is
 * behind, the batches that queued up meanwhile arrive together as one, so the FX thread gets at most one
 * hand-off in flight however fast the store commits. Nothing is re-read from the store.
 */
public final class LiveFeed implements StoreListener {
    private final FxRunner fx;
    private final Consumer<StoredBatch> sink;
    private final ConcurrentLinkedQueue<StoredBatch> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean handedOver = new AtomicBoolean();

    /** @param sink told (on the FX thread, through {@code fx}) each batch, e.g. {@link InspectorState#append} */
    public LiveFeed(FxRunner fx, Consumer<StoredBatch> sink) {
        this.fx = fx;
        this.sink = sink;
    }

    @Override
    public void batchCommitted(StoredBatch batch) {
        waiting.add(batch);
        if (handedOver.compareAndSet(false, true)) {
            fx.run(this::drain);
        }
    }

    private void drain() {
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
