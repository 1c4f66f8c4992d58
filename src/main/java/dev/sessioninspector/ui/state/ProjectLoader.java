package dev.sessioninspector.ui.state;

import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.har.HarExportOptions;
import dev.sessioninspector.har.HarExporter;
import dev.sessioninspector.har.HarImport;
import dev.sessioninspector.har.HarImporter;
import dev.sessioninspector.inspect.Analyser;
import dev.sessioninspector.inspect.FlowFileExport;
import dev.sessioninspector.inspect.InspectedRecording;
import dev.sessioninspector.inspect.Inspection;
import dev.sessioninspector.inspect.InspectionInputs;
import dev.sessioninspector.inspect.ReportExport;
import dev.sessioninspector.inspect.Verdicts;
import dev.sessioninspector.model.OwnerOnly;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.report.Reports;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Opens projects, loads recordings, imports and exports HAR files and writes reports, every time on the
 * {@link InspectorState}'s background thread, then puts the result into the state on the FX thread. A
 * failure leaves what is on screen as it was and reports one line through {@code onError} (and the
 * state's message). Call from the FX thread.
 */
public final class ProjectLoader {
    private final InspectorState state;
    private final Clock clock;
    private final ObservableList<Recording> recordings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Path> source = new ReadOnlyObjectWrapper<>(this, "source");
    private Consumer<String> onError = m -> { };
    private Consumer<Path> onOpened = p -> { };
    private Supplier<Inspection> shown = () -> null;

    public ProjectLoader(InspectorState state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    /** Told each one-line failure (after the state's message is set), e.g. to show a dialog. */
    public void setOnError(Consumer<String> onError) {
        this.onError = onError;
    }

    /** Told each file opened or imported successfully (recent files). */
    public void setOnOpened(Consumer<Path> onOpened) {
        this.onOpened = onOpened;
    }

    /**
     * The last inspection on screen (a conclusion's, with what its probes sent), which {@link #exportReports}
     * writes while it still is of the recording on screen.
     */
    public void setShownInspection(Supplier<Inspection> last) {
        this.shown = last;
    }

    /** The recordings of the open project, newest last. */
    public ObservableList<Recording> recordings() {
        return recordings;
    }

    /** The file on screen (project or HAR), or null. */
    public ReadOnlyObjectProperty<Path> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /**
     * Opens a project file (for writing when possible, else read-only) and shows its latest recording.
     * The previously open project is closed once the new one is open.
     */
    public void openProject(Path file) {
        state.runInBackground(() -> {
            Project p;
            try {
                p = Project.open(file);
            } catch (StoreException e) {
                if (e.getMessage() == null || !e.getMessage().contains("being written")) {
                    throw e;
                }
                p = Project.openReadOnly(file);
            }
            List<Recording> list = p.recordings();
            Recording latest = list.stream().max(Comparator.comparing(Recording::started)).orElse(null);
            RecordingData data = latest == null ? null : p.load(latest.id());
            return new Opened(p, list, data, data == null ? null : analyze(p, data));
        }, opened -> {
            state.openProject(opened.project);
            recordings.setAll(opened.recordings);
            state.showRecording(opened.data, opened.analysis);
            source.set(file);
            state.showMessage("Opened " + file.getFileName() + ": " + opened.recordings.size()
                    + " recording" + (opened.recordings.size() == 1 ? "" : "s"));
            onOpened.accept(file);
        }, this::failed);
    }

    /** Loads and analyses one recording of the open project. */
    public void showRecording(long recordingId) {
        Project p = state.project();
        if (p == null) {
            return;
        }
        if (state.recording() != null && state.recording().recording().id() == recordingId) {
            return;
        }
        state.runInBackground(() -> {
            RecordingData data = p.load(recordingId);
            return new Opened(p, List.of(), data, analyze(p, data));
        }, opened -> state.showRecording(opened.data, opened.analysis), this::failed);
    }

    /** Reloads a recording of the open project and shows its analysis (after Stop); then runs {@code done}. */
    public void refresh(long recordingId, Runnable done) {
        Project p = state.project();
        if (p == null) {
            done.run();
            return;
        }
        state.runInBackground(() -> {
            RecordingData data = p.load(recordingId);
            return new Opened(p, List.of(), data, analyze(p, data));
        }, opened -> {
            state.showAnalysis(opened.data, opened.analysis);
            recordings.setAll(p.recordings());
            done.run();
        }, e -> {
            failed(e);
            done.run();
        });
    }

    /** Imports a HAR file and shows it (not stored in the project). A broken file changes nothing on screen. */
    public void importHar(Path file) {
        state.runInBackground(() -> {
            HarImport imported = new HarImporter(clock).read(file);
            return new Opened(null, List.of(), imported.data(), analyze(null, imported.data()));
        }, opened -> {
            state.showRecording(opened.data, opened.analysis);
            source.set(file);
            state.showMessage("Imported " + file.getFileName() + ": "
                    + opened.data.exchanges().size() + " exchanges");
            onOpened.accept(file);
        }, this::failed);
    }

    /** Writes the recording on screen as a HAR file (sanitized unless {@code unsanitized}). */
    public void exportHar(Path file, boolean unsanitized) {
        RecordingData data = state.recording();
        if (data == null) {
            failed(new IllegalStateException("nothing to export: no recording is open"));
            return;
        }
        state.runInBackground(() -> {
            new HarExporter().write(data, file, unsanitized ? HarExportOptions.UNSANITIZED
                    : HarExportOptions.SANITIZED);
            return file;
        }, f -> state.showMessage("Exported " + f.getFileName()), this::failed);
    }

    /**
     * Writes every report format into {@code dir} through {@link ReportExport}, as {@code scan} and
     * {@code gui --report} do: from the inspection on screen, else from the recording on screen judged with what
     * is kept with it.
     */
    public void exportReports(Path dir) {
        RecordingData data = state.recording();
        if (data == null || state.analysis() == null) {
            failed(new IllegalStateException("nothing to report: no analysed recording is open"));
            return;
        }
        Inspection last = shown.get();
        Project p = state.project();
        state.runInBackground(() -> ReportExport.write(last != null && last.data() == data ? last : inspect(p, data),
                Reports.formats(), dir),
                files -> state.showMessage("Wrote " + files.size() + " reports to " + dir), this::failed);
    }

    /** Saves the recording on screen as a flow file (pages and forms as steps, the user's markers). */
    public void saveFlow(Path file) {
        RecordingData data = state.recording();
        if (data == null) {
            failed(new IllegalStateException("nothing to save: no recording is open"));
            return;
        }
        state.runInBackground(() -> {
            FlowFileExport.Result result = FlowFileExport.of(data);
            OwnerOnly.write(file, out -> out.write(result.json().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return result;
        }, result -> state.showMessage("Saved " + file.getFileName() + ": " + result.steps() + " steps"
                + (result.masked() ? "; password fields were masked, fill them in before running it" : "")),
                this::failed);
    }

    /** The rules over a recording, with the verdicts and settings kept with it in the project. */
    private static AnalysisResult analyze(Project p, RecordingData data) {
        return inspect(p, data).result();
    }

    private static Inspection inspect(Project p, RecordingData data) {
        Analyser analyser = new Analyser();
        if (p == null || p.recording(data.recording().id()).isEmpty()) {
            return analyser.analyse(data, InspectionInputs.NONE, Verdicts.NONE);
        }
        return analyser.analyse(InspectedRecording.of(p, data.recording().id()), data, InspectionInputs.NONE);
    }

    private void failed(Throwable e) {
        String line = InspectorState.oneLine(e);
        state.showMessage(line);
        onError.accept(line);
    }

    private record Opened(Project project, List<Recording> recordings, RecordingData data, AnalysisResult analysis) {
    }
}
