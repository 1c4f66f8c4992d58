package dev.sessioninspector.inspect;

import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.RecordingSink;
import dev.sessioninspector.model.StorageSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A recording kept in memory: a {@link RecordingSink} for capture and probes when no project file is open
 * (the autopilot without {@code --db}, tests), read back as {@link RecordingData} at any time. Thread-safe.
 */
public final class MemoryRecording implements RecordingSink {
    private final Recording recording;
    private final List<Exchange> exchanges = new ArrayList<>();
    private final List<CookieEvent> cookieEvents = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private final List<StorageSnapshot> storage = new ArrayList<>();
    private long nextExchangeId = 1;
    private long nextId = 1;

    public MemoryRecording(Recording recording) {
        this.recording = Objects.requireNonNull(recording, "recording");
    }

    /** Continues {@code data}: what it holds is kept, new exchanges get ids after its last one. */
    public static MemoryRecording continuing(RecordingData data) {
        MemoryRecording m = new MemoryRecording(data.recording());
        synchronized (m) {
            m.exchanges.addAll(data.exchanges());
            m.cookieEvents.addAll(data.cookieEvents());
            m.markers.addAll(data.markers());
            m.storage.addAll(data.storage());
            m.nextExchangeId = data.exchanges().stream().mapToLong(Exchange::id).max().orElse(0) + 1;
            long maxOther = 0;
            for (CookieEvent e : data.cookieEvents()) {
                maxOther = Math.max(maxOther, e.id());
            }
            for (Marker e : data.markers()) {
                maxOther = Math.max(maxOther, e.id());
            }
            for (StorageSnapshot e : data.storage()) {
                maxOther = Math.max(maxOther, e.id());
            }
            m.nextId = maxOther + 1;
        }
        return m;
    }

    /** Everything recorded so far. */
    public synchronized RecordingData data() {
        return new RecordingData(recording, exchanges, cookieEvents, markers, storage);
    }

    public synchronized int exchangeCount() {
        return exchanges.size();
    }

    @Override
    public synchronized long reserveExchangeId() {
        return nextExchangeId++;
    }

    @Override
    public synchronized long exchange(Exchange exchange) {
        long id = exchange.id() != 0 ? exchange.id() : reserveExchangeId();
        exchanges.add(exchange.withId(id).withRecordingId(recording.id()));
        return id;
    }

    @Override
    public synchronized void cookieEvent(CookieEvent event) {
        cookieEvents.add(event.withId(nextId++).withRecordingId(recording.id()));
    }

    @Override
    public synchronized void marker(Marker marker) {
        markers.add(marker.withId(nextId++).withRecordingId(recording.id()));
    }

    @Override
    public synchronized void storage(StorageSnapshot snapshot) {
        storage.add(snapshot.withId(nextId++).withRecordingId(recording.id()));
    }
}
