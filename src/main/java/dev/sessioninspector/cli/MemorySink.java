package dev.sessioninspector.cli;

import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.RecordingSink;
import dev.sessioninspector.model.StorageSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps probe exchanges in memory for a recording that lives in no project (an imported HAR), numbering them
 * after its highest exchange ID so evidence IDs stay unique; {@link #appendTo} gives the recording with them.
 */
final class MemorySink implements RecordingSink {
    private final List<Exchange> exchanges = new ArrayList<>();
    private final AtomicLong ids;
    private final long recordingId;

    MemorySink(RecordingData data) {
        this.ids = new AtomicLong(data.exchanges().stream().mapToLong(Exchange::id).max().orElse(0));
        this.recordingId = data.recording().id();
    }

    @Override
    public long reserveExchangeId() {
        return ids.incrementAndGet();
    }

    @Override
    public synchronized long exchange(Exchange exchange) {
        long id = exchange.id() != 0 ? exchange.id() : ids.incrementAndGet();
        exchanges.add(exchange.withId(id).withRecordingId(recordingId));
        return id;
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

    synchronized RecordingData appendTo(RecordingData data) {
        List<Exchange> all = new ArrayList<>(data.exchanges());
        all.addAll(exchanges);
        return new RecordingData(data.recording(), all, data.cookieEvents(), data.markers(), data.storage());
    }
}
