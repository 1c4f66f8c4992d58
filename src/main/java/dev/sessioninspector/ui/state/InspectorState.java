package dev.sessioninspector.ui.state;

import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.browser.engine.FxRunner;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.store.StoredBatch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What every inspector view shows, shared between them: the open project, the recording on screen, its
 * analysis and the exchanges the user selected. All properties live on the JavaFX thread: read and set
 * them there only. Disk and analysis work goes through {@link #runInBackground}, which runs the work on
 * one background thread and hands the result back on the FX thread.
 *
 * <p>How a view plugs in: listen to {@link #recordingProperty()} (and {@link #analysisProperty()}) to
 * rebuild, register with {@link #onAppended} to append what a live recording commits (no reload while it
 * runs), listen to {@link #selectedExchanges()} to highlight, and call {@link #selectExchanges} when the
 * user picks something, so every other view follows.
 *
 * <p>The project, the recording, the analysis and the message are read-only to views: they change only
 * through the named commands {@link #openProject}, {@link #showRecording}, {@link #showAnalysis} and
 * {@link #showMessage}.
 */
public final class InspectorState implements AutoCloseable {
    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final ReadOnlyObjectWrapper<RecordingData> recording = new ReadOnlyObjectWrapper<>(this, "recording");
    private final ReadOnlyObjectWrapper<AnalysisResult> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<Set<Long>> selected =
            new ReadOnlyObjectWrapper<>(this, "selectedExchanges", Set.of());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ExecutorService background;
    private final AtomicInteger running = new AtomicInteger();
    private final ReadOnlyObjectWrapper<Boolean> busy = new ReadOnlyObjectWrapper<>(this, "busy", false);
    private final List<Consumer<StoredBatch>> appended = new ArrayList<>();
    private final FxRunner fx;

    /** A state with its own background thread (a daemon, named {@code inspector-background}). */
    public InspectorState() {
        this(FxRunner.PLATFORM);
    }

    /** A state that hands results to the FX thread through {@code fx} ({@link FxRunner#DIRECT} in tests). */
    public InspectorState(FxRunner fx) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "inspector-background");
            t.setDaemon(true);
            return t;
        });
        recording.addListener((obs, old, now) -> {
            if (old == null || now == null || old.recording().id() != now.recording().id()) {
                selected.set(Set.of());
            }
        });
    }

    /** The open project, or null (a HAR import or nothing loaded). Changed by {@link #openProject}. */
    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public Project project() {
        return project.get();
    }

    /**
     * The recording on screen, or null. Replaced (not mutated) when it changes, by {@link #showRecording} or
     * {@link #showAnalysis}.
     */
    public ReadOnlyObjectProperty<RecordingData> recordingProperty() {
        return recording.getReadOnlyProperty();
    }

    public RecordingData recording() {
        return recording.get();
    }

    /** The analysis of {@link #recording()}, or null when not analysed (yet). */
    public ReadOnlyObjectProperty<AnalysisResult> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public AnalysisResult analysis() {
        return analysis.get();
    }

    /**
     * Makes {@code opened} the open project (FX thread). The project open before, if another, is closed on the
     * background thread, after the work already handed to it.
     */
    public void openProject(Project opened) {
        Objects.requireNonNull(opened, "opened");
        Project old = project.get();
        if (old == opened) {
            return;
        }
        project.set(opened);
        if (old != null) {
            background.execute(old::close);
        }
    }

    /**
     * Puts a recording on screen with its analysis, or null when it is not analysed yet (FX thread). The
     * analysis of what was on screen goes first, so no view sees the new recording with the old analysis; the
     * selection is cleared when it is another recording.
     */
    public void showRecording(RecordingData data, AnalysisResult analysisOfIt) {
        analysis.set(null);
        recording.set(data);
        analysis.set(analysisOfIt);
    }

    /**
     * Shows a new analysis of the recording on screen, with the recording as it was judged (reloaded, it may hold
     * more than what was on screen, e.g. after Stop or once probes have added to it). FX thread.
     */
    public void showAnalysis(RecordingData judged, AnalysisResult result) {
        Objects.requireNonNull(judged, "judged");
        Objects.requireNonNull(result, "result");
        recording.set(judged);
        analysis.set(result);
    }

    /** The selected exchange ids, an unmodifiable set in selection order; empty when nothing is selected. */
    public ReadOnlyObjectProperty<Set<Long>> selectedExchanges() {
        return selected.getReadOnlyProperty();
    }

    public Set<Long> selection() {
        return selected.get();
    }

    /** Selects these exchanges everywhere (replacing the selection); an empty collection clears it. FX thread. */
    public void selectExchanges(Collection<Long> ids) {
        Objects.requireNonNull(ids, "ids");
        Set<Long> now = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(ids));
        if (!now.equals(selected.get())) {
            selected.set(now);
        }
    }

    /** How work reaches the FX thread: views and the live feed use this, never {@code Platform.runLater}. */
    public FxRunner fx() {
        return fx;
    }

    /**
     * Tells the views what a live recording just committed (FX thread): they append it to what they show
     * of {@link #recording()}, which stays the recording as it was when Record was pressed until Stop.
     */
    public void append(StoredBatch batch) {
        Objects.requireNonNull(batch, "batch");
        for (Consumer<StoredBatch> view : List.copyOf(appended)) {
            view.accept(batch);
        }
    }

    /** Registers a view that appends live batches (see {@link #append}). */
    public void onAppended(Consumer<StoredBatch> view) {
        appended.add(Objects.requireNonNull(view, "view"));
    }

    /** A one-line message for the status bar (errors of background work, what was loaded). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Puts a one-line message in the status bar (FX thread). */
    public void showMessage(String line) {
        message.set(line);
    }

    /** True while background work runs. */
    public ReadOnlyObjectProperty<Boolean> busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The background executor (one thread, work runs in submission order). */
    public java.util.concurrent.Executor executor() {
        return background;
    }

    /**
     * Runs {@code work} on the background thread, then {@code onFx} with its result on the FX thread. A
     * failure sets {@link #messageProperty()} to its one-line message; {@code onFx} is then not called.
     */
    public <T> void runInBackground(Callable<T> work, Consumer<T> onFx) {
        runInBackground(work, onFx, error -> message.set(oneLine(error)));
    }

    /** As {@link #runInBackground(Callable, Consumer)}, with the failure handed to {@code onError} (FX thread). */
    public <T> void runInBackground(Callable<T> work, Consumer<T> onFx, Consumer<Throwable> onError) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(onFx, "onFx");
        Objects.requireNonNull(onError, "onError");
        if (running.getAndIncrement() == 0) {
            fx.runNowOrLater(() -> busy.set(true));
        }
        background.execute(() -> {
            T result = null;
            Throwable failure = null;
            try {
                result = work.call();
            } catch (Throwable e) {
                failure = e;
            }
            T value = result;
            Throwable error = failure;
            boolean idle = running.decrementAndGet() == 0;
            fx.run(() -> {
                if (idle) {
                    busy.set(false);
                }
                if (error != null) {
                    onError.accept(error);
                } else {
                    onFx.accept(value);
                }
            });
        });
    }

    /** One line for a status bar: the message, or the exception's class name when there is none. */
    public static String oneLine(Throwable error) {
        Throwable e = error;
        while (e.getMessage() == null && e.getCause() != null) {
            e = e.getCause();
        }
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }


    /** Stops the background thread (work already queued is abandoned). */
    @Override
    public void close() {
        background.shutdownNow();
    }
}
