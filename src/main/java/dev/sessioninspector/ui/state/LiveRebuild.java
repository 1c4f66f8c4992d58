package dev.sessioninspector.ui.state;

import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.StorageSnapshot;
import dev.sessioninspector.store.StoredBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * For a view whose model is derived from the whole recording (the timeline, the cookie histories): keeps
 * what a live recording committed so far, appended batch by batch on the FX thread, and rebuilds the model
 * on the background thread from that, never from the store. At most one rebuild runs at a time; batches
 * that arrive meanwhile are taken by one more rebuild when it ends. A new recording on screen
 * ({@link #reset}) drops a rebuild still running for the old one. FX thread only.
 *
 * @param <T> the view's model
 */
public final class LiveRebuild<T> {
    private final InspectorState state;
    private final Function<RecordingData, T> build;
    private final Consumer<T> show;
    private Recording recording;
    private final List<Exchange> exchanges = new ArrayList<>();
    private final List<CookieEvent> cookieEvents = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private final List<StorageSnapshot> storage = new ArrayList<>();
    private long generation;
    private boolean running;
    private boolean pending;

    /**
     * @param build the view's model from the recording so far (background thread)
     * @param show  puts a model on screen (FX thread)
     */
    public LiveRebuild(InspectorState state, Function<RecordingData, T> build, Consumer<T> show) {
        this.state = state;
        this.build = build;
        this.show = show;
    }

    /** Starts over from {@code start} (null: nothing on screen); a rebuild still running is ignored. */
    public void reset(RecordingData start) {
        generation++;
        running = false;
        pending = false;
        recording = start == null ? null : start.recording();
        exchanges.clear();
        cookieEvents.clear();
        markers.clear();
        storage.clear();
        if (start != null) {
            exchanges.addAll(start.exchanges());
            cookieEvents.addAll(start.cookieEvents());
            markers.addAll(start.markers());
            storage.addAll(start.storage());
        }
    }

    /** Adds what the store committed and asks for a rebuild. Ignored when no recording is on screen. */
    public void append(StoredBatch batch) {
        if (recording == null) {
            return;
        }
        exchanges.addAll(batch.exchanges());
        cookieEvents.addAll(batch.cookieEvents());
        markers.addAll(batch.markers());
        storage.addAll(batch.storage());
        request();
    }

    private void request() {
        if (running) {
            pending = true;
            return;
        }
        running = true;
        long mine = generation;
        Recording rec = recording;
        List<Exchange> ex = List.copyOf(exchanges);
        List<CookieEvent> ev = List.copyOf(cookieEvents);
        List<Marker> mk = List.copyOf(markers);
        List<StorageSnapshot> st = List.copyOf(storage);
        state.runInBackground(() -> build.apply(new RecordingData(rec, ex, ev, mk, st)), model -> {
            if (mine != generation) {
                return;
            }
            running = false;
            show.accept(model);
            if (pending) {
                pending = false;
                request();
            }
        }, error -> {
            if (mine == generation) {
                running = false;
                state.showMessage(InspectorState.oneLine(error));
            }
        });
    }
}
