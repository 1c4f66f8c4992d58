package dev.sessioninspector.ui.exchanges;

import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.ui.state.InspectorState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The Exchanges tab: a filterable, sortable table of every exchange and the {@link ExchangeDetail} of the
 * selected one. Selecting rows selects those exchanges everywhere; a selection made elsewhere (timeline,
 * findings) selects and reveals the rows here. Rows keep no headers or bodies. For a recording of the open
 * project the table pages {@code Project.exchangesWithoutBodies} ({@value #PAGE} rows a page, each page added as
 * it is read) and loads the detail of the selected row alone, bodies included; live batches are appended.
 */
public final class ExchangesView extends BorderPane {
    /** Rows read from the project at a time. */
    static final int PAGE = 500;
    private final InspectorState state;
    private final ObservableList<ExchangeRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ExchangeRow> filtered = new FilteredList<>(rows);
    private final TableView<ExchangeRow> table = new TableView<>();
    private final TextField filter = new TextField();
    private final Label count = new Label();
    private final ExchangeDetail detail = new ExchangeDetail();
    private final Set<Long> shownIds = new HashSet<>();
    private boolean syncing;
    private long generation;
    private long detailGeneration;
    private Instant origin;

    public ExchangesView(InspectorState state) {
        this.state = state;
        getStyleClass().add("exchanges-view");
        setId("exchanges-view");
        filter.setId("exchange-filter");
        filter.setPromptText("Filter: words in method, URL, status (e.g. POST login 3xx -static)");
        filter.setTooltip(new Tooltip("Every word must appear; -word must not. Status classes: 2xx, 3xx, 4xx, "
                + "5xx, failed; set-cookie finds responses that set cookies."));
        HBox.setHgrow(filter, Priority.ALWAYS);
        count.setId("exchange-count");
        count.getStyleClass().add("muted");
        HBox bar = new HBox(8, filter, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("view-toolbar");
        setTop(bar);

        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setId("exchange-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().add(number("#", r -> r.id(), 4));
        table.getColumns().add(text("Time", ExchangeRow::timeText, 6, r -> r.offsetMillis()));
        table.getColumns().add(ExchangeDetail.column("Method", ExchangeRow::method, 5));
        TableColumn<ExchangeRow, String> url = ExchangeDetail.column("URL", ExchangeRow::url, 34);
        table.getColumns().add(url);
        table.getColumns().add(text("Status", ExchangeRow::statusText, 4.5, r -> r.status()));
        table.getColumns().add(text("Size", ExchangeRow::sizeText, 5.5, r -> r.size()));
        table.getColumns().add(text("ms", r -> Long.toString(r.durationMillis()), 4, r -> r.durationMillis()));
        table.getColumns().add(number("Sent", r -> r.sent(), 4));
        table.getColumns().add(number("Set", r -> r.set(), 3.5));
        table.getColumns().get(7).setUserData("cookies sent");
        table.setPlaceholder(new Label("No exchanges: record a session, open a project or import a HAR file"));
        SortedList<ExchangeRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.58);
        setCenter(split);

        filter.textProperty().addListener(o -> applyFilter());
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ExchangeRow>) c -> tableSelected());
        state.selectedExchanges().addListener((o, old, now) -> showSelection(now));
        state.recordingProperty().addListener(o -> reload());
        state.onAppended(batch -> append(batch.exchanges()));
        reload();
    }

    public TableView<ExchangeRow> table() {
        return table;
    }

    public TextField filterField() {
        return filter;
    }

    public ExchangeDetail detail() {
        return detail;
    }

    private void reload() {
        RecordingData data = state.recording();
        long mine = ++generation;
        syncing = true;
        try {
            rows.clear();
            shownIds.clear();
        } finally {
            syncing = false;
        }
        updateCount();
        if (data == null || data.exchanges().isEmpty()) {
            origin = data == null ? null : data.recording().started();
            return;
        }
        Instant from = data.exchanges().get(0).start();
        origin = from;
        Project project = projectOf(data);
        if (project == null) {
            state.runInBackground(() -> {
                List<ExchangeRow> out = new ArrayList<>(data.exchanges().size());
                data.exchanges().forEach(e -> out.add(ExchangeRow.of(e, from)));
                return out;
            }, out -> add(mine, out));
            return;
        }
        long id = data.recording().id();
        state.runInBackground(() -> {
            for (int offset = 0; ; offset += PAGE) {
                List<Exchange> page = project.exchangesWithoutBodies(id, offset, PAGE);
                List<ExchangeRow> out = new ArrayList<>(page.size());
                page.forEach(e -> out.add(ExchangeRow.of(e, from)));
                state.fx().run(() -> add(mine, out));
                if (page.size() < PAGE || mine != generation) {
                    return null;
                }
            }
        }, none -> { });
    }

    /** The open project when it holds {@code data}'s recording (then rows and details are read from it), else null. */
    private Project projectOf(RecordingData data) {
        Project p = state.project();
        return p != null && data.recording().id() > 0 ? p : null;
    }

    /** Adds rows of the current generation not shown yet (FX thread). */
    private void add(long mine, List<ExchangeRow> out) {
        if (mine != generation || out.isEmpty()) {
            return;
        }
        List<ExchangeRow> fresh = new ArrayList<>(out.size());
        for (ExchangeRow r : out) {
            if (shownIds.add(r.id())) {
                fresh.add(r);
            }
        }
        syncing = true;
        try {
            rows.addAll(fresh);
        } finally {
            syncing = false;
        }
        updateCount();
        showSelection(state.selection());
    }

    /** Adds the rows of exchanges a live recording just committed (FX thread; the batch's size, not the table's). */
    private void append(List<Exchange> exchanges) {
        if (origin == null || exchanges.isEmpty()) {
            return;
        }
        List<ExchangeRow> out = new ArrayList<>(exchanges.size());
        exchanges.forEach(e -> out.add(ExchangeRow.of(e, origin)));
        add(generation, out);
    }

    /**
     * Shows the focused row's exchange in the detail: read from the open project, bodies included, off the FX
     * thread; from the recording in memory otherwise.
     */
    private void showDetail(ExchangeRow focused) {
        long mine = ++detailGeneration;
        RecordingData data = state.recording();
        if (focused == null || data == null) {
            detail.show(null);
            return;
        }
        Project project = projectOf(data);
        if (project == null) {
            detail.show(data.exchange(focused.id()).orElse(null));
            return;
        }
        long id = focused.id();
        state.runInBackground(() -> project.exchange(id).orElse(null), e -> {
            if (mine == detailGeneration) {
                detail.show(e);
            }
        });
    }

    private void applyFilter() {
        String[] terms = ExchangeRow.terms(filter.getText());
        syncing = true;
        try {
            filtered.setPredicate(terms.length == 0 ? null : r -> r.matches(terms));
        } finally {
            syncing = false;
        }
        updateCount();
        showSelection(state.selection());
    }

    private void updateCount() {
        count.setText(filtered.size() == rows.size() ? rows.size() + " exchanges"
                : filtered.size() + " of " + rows.size() + " exchanges");
    }

    private void tableSelected() {
        List<ExchangeRow> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        showDetail(table.getSelectionModel().getSelectedItem());
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            state.selectExchanges(chosen.stream().filter(java.util.Objects::nonNull).map(ExchangeRow::id).toList());
        } finally {
            syncing = false;
        }
    }

    private void showSelection(Set<Long> ids) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            var model = table.getSelectionModel();
            model.clearSelection();
            int first = -1;
            var items = table.getItems();
            for (int i = 0; i < items.size() && !ids.isEmpty(); i++) {
                if (ids.contains(items.get(i).id())) {
                    model.select(i);
                    first = first < 0 ? i : first;
                }
            }
            if (first >= 0) {
                table.scrollTo(Math.max(0, first - 2));
            }
            showDetail(model.getSelectedItem());
        } finally {
            syncing = false;
        }
    }

    private static <N extends Comparable<N>> TableColumn<ExchangeRow, N> number(String name,
            Function<ExchangeRow, N> value, double ems) {
        TableColumn<ExchangeRow, N> c = new TableColumn<>(name);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(ems * 12);
        c.getStyleClass().add("number-column");
        return c;
    }

    /** A column showing {@code value} but sorting by {@code sortKey}. */
    private static <K extends Comparable<K>> TableColumn<ExchangeRow, ExchangeRow> text(String name,
            Function<ExchangeRow, String> value, double ems, Function<ExchangeRow, K> sortKey) {
        TableColumn<ExchangeRow, ExchangeRow> c = new TableColumn<>(name);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(ExchangeRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : value.apply(item));
            }
        });
        c.setComparator(java.util.Comparator.comparing(sortKey));
        c.setPrefWidth(ems * 12);
        return c;
    }
}
