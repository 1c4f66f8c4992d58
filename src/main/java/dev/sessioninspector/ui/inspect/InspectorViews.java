package dev.sessioninspector.ui.inspect;

import dev.sessioninspector.model.Recording;
import dev.sessioninspector.ui.MainWindow;
import dev.sessioninspector.ui.cookies.CookiesView;
import dev.sessioninspector.ui.exchanges.ExchangesView;
import dev.sessioninspector.ui.findings.FindingsView;
import dev.sessioninspector.ui.state.Dialogs;
import dev.sessioninspector.ui.state.InspectorState;
import dev.sessioninspector.ui.state.ProjectLoader;
import dev.sessioninspector.ui.state.RecentFiles;
import dev.sessioninspector.ui.state.Theme;
import dev.sessioninspector.ui.timeline.TimelineView;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Puts the inspector into the shell: the Timeline, Exchanges, Cookies and Findings tabs, a File menu (open
 * project, import/export HAR, export reports, recent files), the recording picker, the theme switch, the
 * keyboard shortcuts and the status-bar message. Other views add their tabs with {@link #addTab}.
 */
public final class InspectorViews {
    private final MainWindow window;
    private final InspectorState state;
    private final ProjectLoader loader;
    private final Theme theme;
    private final RecentFiles recent;
    private final TimelineView timeline;
    private final ExchangesView exchanges;
    private final CookiesView cookies;
    private final FindingsView findings;
    private final Menu recentMenu = new Menu("Recent files");
    private final ComboBox<Recording> picker = new ComboBox<>();
    private Dialogs dialogs;
    private RecordingControls recording;

    private InspectorViews(MainWindow window, InspectorState state, RecentFiles recent) {
        this.window = window;
        this.state = state;
        this.recent = recent;
        this.dialogs = Dialogs.onScreen(window::stage);
        this.loader = new ProjectLoader(state, Clock.systemUTC());
        Scene scene = window.stage().getScene();
        scene.getStylesheets().add(InspectorViews.class.getResource(Theme.STYLESHEET).toExternalForm());
        this.theme = new Theme(scene.getRoot());
        timeline = new TimelineView(state);
        exchanges = new ExchangesView(state);
        cookies = new CookiesView(state);
        findings = new FindingsView(state);
        theme.darkProperty().addListener((o, was, dark) -> timeline.setDark(dark));
        addTab(InspectorTab.TIMELINE, timeline);
        addTab(InspectorTab.EXCHANGES, exchanges);
        addTab(InspectorTab.COOKIES, cookies);
        addTab(InspectorTab.FINDINGS, findings);
        buildToolbar();
        installShortcuts(scene);
        window.statusBar().addRight("inspector-message", state.messageProperty());
        loader.setOnOpened(p -> {
            recent.add(p);
            refreshRecent();
        });
        loader.setOnError(this::error);
        loader.recordings().addListener((javafx.collections.ListChangeListener<Recording>) c -> updatePicker());
        state.recordingProperty().addListener(o -> updatePicker());
    }

    /** Installs the inspector into {@code window}. FX thread. */
    public static InspectorViews install(MainWindow window, InspectorState state) {
        return new InspectorViews(window, state, RecentFiles.user());
    }

    /** As {@link #install(MainWindow, InspectorState)} with a recent-files list of the caller's (tests). */
    public static InspectorViews install(MainWindow window, InspectorState state, RecentFiles recent) {
        return new InspectorViews(window, state, recent);
    }

    /**
     * Adds Record / Pause / Stop and the marker buttons to the toolbar and the live counters to the status
     * bar. {@code opener} opens the project to record into when none is open (background thread).
     */
    public RecordingControls installRecording(java.util.concurrent.Callable<dev.sessioninspector.store.Project> opener) {
        if (recording != null) {
            return recording;
        }
        recording = new RecordingControls(state, loader, window.browser(), opener, () -> showTab(InspectorTab.FINDINGS),
                () -> dialogs);
        window.toolbarActions().getChildren().add(0, recording);
        window.statusBar().addRight("recording-status", recording.statusProperty());
        window.stage().getScene().getAccelerators().put(
                new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                recording::toggleRecording);
        return recording;
    }

    /** The recording controls, or null before {@link #installRecording}. */
    public RecordingControls recording() {
        return recording;
    }

    /** Stops a running capture and closes the open project (window closing). */
    public void shutdown() {
        if (recording != null) {
            recording.closeNow();
        }
        var project = state.project();
        state.close();
        if (project != null) {
            project.close();
        }
    }

    /**
     * Adds {@code which} to the inspector with {@code content} (the Entropy and Probes views use this too): the tab
     * carries {@link InspectorTab#id()} and Shortcut+digit selects it.
     */
    public Tab addTab(InspectorTab which, Node content) {
        Tab tab = new Tab(which.label(), content);
        tab.setClosable(false);
        tab.setId(which.id());
        tab.setTooltip(new Tooltip(which.tooltip()));
        window.inspectorTabs().getTabs().add(tab);
        window.stage().getScene().getAccelerators().put(which.shortcut(), () -> showTab(which));
        return tab;
    }

    public InspectorState state() {
        return state;
    }

    public ProjectLoader loader() {
        return loader;
    }

    public Theme theme() {
        return theme;
    }

    public TimelineView timeline() {
        return timeline;
    }

    public ExchangesView exchanges() {
        return exchanges;
    }

    public CookiesView cookies() {
        return cookies;
    }

    public FindingsView findings() {
        return findings;
    }

    /** The app's questions and pop-ups ({@link Dialogs#QUIET} for tests and unattended runs: the status bar only). */
    public void setDialogs(Dialogs dialogs) {
        this.dialogs = java.util.Objects.requireNonNull(dialogs, "dialogs");
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    /** Selects {@code which} (nothing happens when it was not added). */
    public void showTab(InspectorTab which) {
        window.inspectorTabs().getTabs().stream().filter(t -> which.id().equals(t.getId())).findFirst()
                .ifPresent(t -> window.inspectorTabs().getSelectionModel().select(t));
    }

    /** The tab on show, if it is an inspector tab. */
    public Optional<InspectorTab> shownTab() {
        return InspectorTab.of(window.inspectorTabs().getSelectionModel().getSelectedItem());
    }

    /** The inspector tabs added so far, in window order. */
    public List<InspectorTab> tabs() {
        return window.inspectorTabs().getTabs().stream().map(InspectorTab::of)
                .flatMap(Optional::stream).toList();
    }

    private void buildToolbar() {
        MenuItem open = item("Open project…", "Ctrl+O", this::chooseProject);
        MenuItem importHar = item("Import HAR…", "Ctrl+I", this::chooseHar);
        MenuItem exportHar = item("Export HAR (sanitized)…", "Ctrl+E", () -> chooseExport(false));
        MenuItem exportRaw = item("Export HAR with secrets…", "", () -> chooseExport(true));
        MenuItem reports = item("Export reports…", "Ctrl+Shift+E", this::chooseReports);
        MenuItem flow = item("Save as flow file…", "", this::chooseFlow);
        MenuButton file = new MenuButton("File");
        file.setId("file-menu");
        file.setTooltip(new Tooltip("Open a project, import or export HAR, export reports"));
        file.getItems().addAll(open, importHar, recentMenu, new SeparatorMenuItem(), exportHar, exportRaw, reports, flow);
        refreshRecent();
        picker.setId("recording-picker");
        picker.setPromptText("no recording");
        picker.setTooltip(new Tooltip("The recording shown in the views"));
        picker.setCellFactory(l -> new RecordingCell());
        picker.setButtonCell(new RecordingCell());
        picker.setOnAction(e -> {
            Recording r = picker.getValue();
            if (r != null) {
                loader.showRecording(r.id());
            }
        });
        ToggleButton dark = new ToggleButton("Dark");
        dark.setId("theme-toggle");
        dark.setTooltip(new Tooltip("Switch between the light and the dark theme (Ctrl+Shift+T)"));
        dark.selectedProperty().bindBidirectional(theme.darkProperty());
        window.toolbarActions().getChildren().addAll(file, picker, dark);
    }

    private void updatePicker() {
        var current = state.recording();
        if (!picker.getItems().equals(loader.recordings())) {
            picker.getItems().setAll(loader.recordings());
        }
        Recording shown = current == null ? null : picker.getItems().stream()
                .filter(r -> r.id() == current.recording().id()).findFirst().orElse(null);
        if (picker.getValue() != shown) {
            var handler = picker.getOnAction();
            picker.setOnAction(null);
            picker.setValue(shown);
            picker.setOnAction(handler);
        }
        picker.setVisible(!picker.getItems().isEmpty());
        picker.setManaged(picker.isVisible());
    }

    private void refreshRecent() {
        recentMenu.getItems().clear();
        for (Path p : recent.list()) {
            boolean har = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".har");
            recentMenu.getItems().add(item(p.getFileName() + "  (" + p.getParent() + ")", "",
                    () -> {
                        if (har) {
                            loader.importHar(p);
                        } else {
                            loader.openProject(p);
                        }
                    }));
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void chooseProject() {
        dialogs.open("Open a project", "Session Inspector projects", "*.db", "*.sqlite").ifPresent(loader::openProject);
    }

    private void chooseHar() {
        dialogs.open("Import a HAR file", "HAR files", "*.har", "*.json").ifPresent(loader::importHar);
    }

    private void chooseExport(boolean unsanitized) {
        dialogs.save("Export HAR", "recording.har", "HAR files", "*.har")
                .ifPresent(f -> loader.exportHar(f, unsanitized));
    }

    private void chooseFlow() {
        dialogs.save("Save as flow file", "flow.json", "Flow files", "*.json").ifPresent(loader::saveFlow);
    }

    private void chooseReports() {
        dialogs.folder("Folder for the reports").ifPresent(loader::exportReports);
    }

    private void error(String line) {
        window.statusBar().show(line, true);
        dialogs.error(null, line);
    }

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (!keys.isEmpty()) {
            m.setAccelerator(KeyCombination.keyCombination(keys.replace("Ctrl", "Shortcut")));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private void installShortcuts(Scene scene) {
        var acc = scene.getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                theme::toggle);
    }

    /** A recording in the picker: its name and start time. */
    private static final class RecordingCell extends ListCell<Recording> {
        @Override
        protected void updateItem(Recording r, boolean empty) {
            super.updateItem(r, empty);
            setText(empty || r == null ? null : "#" + r.id() + " " + r.name());
        }
    }
}
