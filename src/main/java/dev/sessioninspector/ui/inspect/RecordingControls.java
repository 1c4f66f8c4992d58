package dev.sessioninspector.ui.inspect;

import dev.sessioninspector.browser.Browser;
import dev.sessioninspector.browser.engine.StorageSnapshotter;
import dev.sessioninspector.capture.CaptureHooks;
import dev.sessioninspector.capture.CaptureSession;
import dev.sessioninspector.capture.CaptureSettings;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.store.RecordingWriter;
import dev.sessioninspector.store.WriterCounts;
import dev.sessioninspector.ui.state.Dialogs;
import dev.sessioninspector.ui.state.InspectorState;
import dev.sessioninspector.ui.state.LiveFeed;
import dev.sessioninspector.ui.state.ProjectLoader;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * Record / Pause / Stop and the Login, Logout and Note markers, for the toolbar. Record creates a recording
 * in the current project (opening the default one, or {@code --db}, when none is open), attaches the
 * project's {@link RecordingWriter} to the capture hooks, and shows the recording live: the counters in
 * the status bar update 4 times a second and the views reload at most once a second, in the background.
 * Stop closes the capture session and the writer, then analyses the recording and shows the findings.
 */
public final class RecordingControls extends HBox {
    /** Recording states. */
    public enum Phase { IDLE, STARTING, RECORDING, PAUSED, STOPPING }

    private final InspectorState state;
    private final ProjectLoader loader;
    private final Browser browser;
    private final Callable<Project> opener;
    private final Runnable onStopped;
    private final java.util.List<java.util.function.Consumer<RecordingData>> afterStop =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final Button record = new Button("● Record");
    private final Button pause = new Button("Pause");
    private final Button login = new Button("Login");
    private final Button logout = new Button("Logout");
    private final Button note = new Button("Note");
    private final Timeline ticker;
    private final java.util.function.Supplier<Dialogs> dialogs;
    private CaptureSession session;
    private RecordingWriter writer;
    private StorageSnapshotter snapshotter;
    /** How often the recorded page's storage is checked for changes (a token kept by a single-page app). */
    static final java.time.Duration STORAGE_CHECK = java.time.Duration.ofSeconds(1);

    /**
     * @param opener    opens the project to record into when none is open (background thread)
     * @param onStopped run on the FX thread once a stopped recording is analysed and shown
     * @param dialogs   the app's dialogs as they are when a question is asked (the note's text)
     */
    public RecordingControls(InspectorState state, ProjectLoader loader, Browser browser, Callable<Project> opener,
                             Runnable onStopped, java.util.function.Supplier<Dialogs> dialogs) {
        this.state = state;
        this.loader = loader;
        this.browser = browser;
        this.opener = opener;
        this.onStopped = onStopped;
        this.dialogs = dialogs;
        setSpacing(4);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("recording-controls");
        record.setId("record-button");
        record.getStyleClass().add("record-button");
        record.setTooltip(new Tooltip("Record what the browser sends and receives into the project (Ctrl+Shift+R)"));
        pause.setId("pause-button");
        pause.setTooltip(new Tooltip("Pause or resume recording; the browser keeps working"));
        login.setId("mark-login");
        login.setTooltip(new Tooltip("Mark the login here: the analysis compares the session before and after"));
        logout.setId("mark-logout");
        logout.setTooltip(new Tooltip("Mark the logout here"));
        note.setId("mark-note");
        note.setTooltip(new Tooltip("Add a note to the timeline"));
        record.setOnAction(e -> toggleRecording());
        pause.setOnAction(e -> togglePause());
        login.setOnAction(e -> mark(Marker.Kind.LOGIN, "login"));
        logout.setOnAction(e -> mark(Marker.Kind.LOGOUT, "logout"));
        note.setOnAction(e -> askNote());
        getChildren().addAll(record, pause, login, logout, note);
        phase.addListener((o, old, now) -> updateButtons());
        updateButtons();
        ticker = new Timeline(new KeyFrame(Duration.millis(250), e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The status-bar text: "● REC 12 exchanges · 5 cookie changes · 1 marker", empty when idle. */
    public StringProperty statusProperty() {
        return status;
    }

    /** Starts recording, or stops it when recording or paused. */
    public void toggleRecording() {
        switch (phase.get()) {
            case IDLE -> start();
            case RECORDING, PAUSED -> stop();
            default -> { }
        }
    }

    /** Adds a user marker to the recording (also while paused). */
    public void mark(Marker.Kind kind, String label) {
        if (session != null && !session.closed()) {
            session.mark(kind, Marker.Source.USER, label);
        }
    }

    private void start() {
        phase.set(Phase.STARTING);
        Project current = state.project();
        String target = browser.location().get();
        state.runInBackground(() -> {
            Project p = current != null && !current.readOnly() ? current : opener.call();
            URI uri = target == null || target.isBlank() || target.startsWith("about:") ? null : URI.create(target);
            String name = "Recording " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
            Recording rec = p.createRecording(name, uri);
            RecordingWriter w = p.writer(rec);
            w.addListener(new LiveFeed(state.fx(), state::append));
            CaptureSession s = CaptureHooks.attach(w, CaptureSettings.defaults());
            s.recordJar(uri);
            return new Started(p, w, s);
        }, started -> {
            state.openProject(started.project);
            writer = started.writer;
            session = started.session;
            snapshotter = StorageSnapshotter.attach(browser.engine()).watchChanges(STORAGE_CHECK);
            phase.set(Phase.RECORDING);
            loader.recordings().setAll(started.project.recordings());
            state.showRecording(new RecordingData(started.writer.recording(), List.of(), List.of(), List.of(), List.of()), null);
            ticker.play();
            tick();
        }, error -> {
            phase.set(Phase.IDLE);
            state.showMessage("Cannot record: " + InspectorState.oneLine(error));
        });
    }

    private void togglePause() {
        if (session == null) {
            return;
        }
        if (phase.get() == Phase.RECORDING) {
            session.pause();
            phase.set(Phase.PAUSED);
        } else if (phase.get() == Phase.PAUSED) {
            session.resume();
            phase.set(Phase.RECORDING);
        }
        tick();
    }

    /** Runs {@code action} on the FX thread with each recording once it is stopped and shown (the conclusion). */
    public void afterStop(java.util.function.Consumer<RecordingData> action) {
        afterStop.add(action);
    }

    /** Stops recording: hands over what is queued, closes the writer, analyses, shows the findings. */
    public void stop() {
        if (session == null) {
            return;
        }
        phase.set(Phase.STOPPING);
        ticker.stop();
        if (snapshotter != null) {
            snapshotter.detach();
            snapshotter = null;
        }
        CaptureSession s = session;
        RecordingWriter w = writer;
        session = null;
        writer = null;
        long id = w.recording().id();
        state.runInBackground(() -> {
            s.flush(java.time.Duration.ofSeconds(5));
            s.close();
            w.close();
            return w.counts();
        }, counts -> {
            status.set("Recorded " + describe(counts) + "; analysing …");
            loader.refresh(id, () -> {
                phase.set(Phase.IDLE);
                status.set("");
                state.showMessage("Recorded " + describe(counts));
                onStopped.run();
                RecordingData stopped = state.recording();
                if (stopped != null && stopped.recording().id() == id) {
                    afterStop.forEach(a -> a.accept(stopped));
                }
            });
        }, error -> {
            phase.set(Phase.IDLE);
            state.showMessage("Stopping failed: " + InspectorState.oneLine(error));
        });
    }

    /** Closes the session and writer without analysing (window closing). Blocks briefly on the caller. */
    public void closeNow() {
        ticker.stop();
        if (session != null) {
            session.close();
            session = null;
        }
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }

    private void tick() {
        RecordingWriter w = writer;
        if (w == null) {
            return;
        }
        WriterCounts c = w.counts();
        String head = phase.get() == Phase.PAUSED ? "❚❚ PAUSED " : "● REC ";
        status.set(head + describe(c) + (c.failed() > 0 ? " · " + c.failed() + " not written" : ""));
    }

    static String describe(WriterCounts c) {
        return c.exchanges() + " exchange" + (c.exchanges() == 1 ? "" : "s") + " · " + c.cookieEvents()
                + " cookie change" + (c.cookieEvents() == 1 ? "" : "s") + " · " + c.markers() + " marker"
                + (c.markers() == 1 ? "" : "s");
    }

    private void askNote() {
        dialogs.get().text("Note", "Note for the timeline:").ifPresent(t -> mark(Marker.Kind.NOTE, t));
    }

    private void updateButtons() {
        Phase p = phase.get();
        boolean live = p == Phase.RECORDING || p == Phase.PAUSED;
        record.setText(live ? "■ Stop" : "● Record");
        record.getStyleClass().remove("recording");
        if (live) {
            record.getStyleClass().add("recording");
        }
        record.setDisable(p == Phase.STARTING || p == Phase.STOPPING);
        pause.setText(p == Phase.PAUSED ? "Resume" : "Pause");
        pause.setDisable(!live);
        login.setDisable(!live);
        logout.setDisable(!live);
        note.setDisable(!live);
    }

    private record Started(Project project, RecordingWriter writer, CaptureSession session) {
    }
}
