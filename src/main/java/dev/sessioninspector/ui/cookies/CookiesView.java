package dev.sessioninspector.ui.cookies;

import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.store.StoredBatch;
import dev.sessioninspector.ui.state.InspectorState;
import dev.sessioninspector.ui.state.LiveRebuild;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The Cookies tab: every cookie of the recording (in the jar now or gone, how many values it held, what its
 * flags lack) and the selected cookie's history: every value and attribute change, who made it (server or
 * script) and the exchange that did, which a click selects everywhere.
 */
public final class CookiesView extends SplitPane {
    private final InspectorState state;
    private final TableView<CookieHistory> cookies = new TableView<>();
    private final TableView<CookieHistory.Change> history = new TableView<>();
    private final Label flags = new Label("Select a cookie to see its history.");
    private final LiveRebuild<List<CookieHistory>> live;
    private long generation;

    public CookiesView(InspectorState state) {
        this.state = state;
        getStyleClass().add("cookies-view");
        setId("cookies-view");
        cookies.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        cookies.setId("cookie-table");
        cookies.getColumns().add(col("Name", CookieHistory::name, 11));
        cookies.getColumns().add(col("Domain", c -> c.domain().isEmpty() ? "(host)" : c.domain(), 9));
        cookies.getColumns().add(col("In jar", c -> c.current() == null ? "gone" : "yes", 4));
        cookies.getColumns().add(col("Values", c -> Integer.toString(c.distinctValues()), 4));
        cookies.getColumns().add(col("Flags", c -> c.flagProblems().isEmpty() ? "ok"
                : String.join(", ", c.flagProblems()), 16));
        cookies.setPlaceholder(new Label("No cookies were set in this recording"));
        cookies.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CookieHistory item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("session-cookie");
                AnalysisResult a = state.analysis();
                if (!empty && item != null && a != null && a.sessionCookieNames().contains(item.name())) {
                    getStyleClass().add("session-cookie");
                }
            }
        });

        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        history.setId("cookie-history");
        history.getColumns().add(hcol("Time", ch -> String.format(Locale.ROOT, "%.3f s", ch.seconds()), 5.5));
        history.getColumns().add(hcol("Change", CookieHistory.Change::what, 15));
        history.getColumns().add(hcol("By", ch -> ch.event().source().name().toLowerCase(Locale.ROOT), 4.5));
        history.getColumns().add(hcol("Value", ch -> ch.event().cookie().value(), 16));
        history.getColumns().add(hcol("Exchange", ch -> ch.event().exchangeId() == null ? ""
                : "#" + ch.event().exchangeId(), 5));
        history.setPlaceholder(new Label("Select a cookie on the left"));
        flags.setId("cookie-flags");
        flags.getStyleClass().add("cookie-flags");
        flags.setWrapText(true);
        VBox right = new VBox(6, flags, history);
        VBox.setVgrow(history, javafx.scene.layout.Priority.ALWAYS);
        right.getStyleClass().add("cookie-detail");
        setOrientation(Orientation.HORIZONTAL);
        getItems().addAll(new BorderPane(cookies), right);
        setDividerPositions(0.45);

        cookies.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> showHistory(now));
        history.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null && now.event().exchangeId() != null) {
                state.selectExchanges(List.of(now.event().exchangeId()));
            }
        });
        live = new LiveRebuild<>(state, CookieHistory::of, this::show);
        state.onAppended(batch -> {
            if (!batch.cookieEvents().isEmpty()) {
                live.append(new StoredBatch(List.of(), batch.cookieEvents(), List.of(), List.of()));
            }
        });
        state.recordingProperty().addListener(o -> reload());
        state.analysisProperty().addListener(o -> cookies.refresh());
        reload();
    }

    public TableView<CookieHistory> cookieTable() {
        return cookies;
    }

    public TableView<CookieHistory.Change> historyTable() {
        return history;
    }

    public Label flagsLabel() {
        return flags;
    }

    private void reload() {
        RecordingData data = state.recording();
        long mine = ++generation;
        live.reset(data);
        if (data == null) {
            cookies.getItems().clear();
            return;
        }
        state.runInBackground(() -> CookieHistory.of(data), list -> {
            if (mine == generation) {
                show(list);
            }
        });
    }

    private void show(List<CookieHistory> list) {
        String chosen = cookies.getSelectionModel().getSelectedItem() == null ? null
                : cookies.getSelectionModel().getSelectedItem().name();
        cookies.setItems(FXCollections.observableArrayList(list));
        AnalysisResult a = state.analysis();
        String want = chosen != null ? chosen
                : a != null && !a.sessionCookieNames().isEmpty() ? a.sessionCookieNames().get(0) : null;
        int index = 0;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name().equals(want)) {
                index = i;
                break;
            }
        }
        if (!list.isEmpty()) {
            cookies.getSelectionModel().select(index);
        }
    }

    private void showHistory(CookieHistory c) {
        if (c == null) {
            history.getItems().clear();
            flags.setText("Select a cookie to see its history.");
            return;
        }
        history.setItems(FXCollections.observableArrayList(c.changes()));
        String rotation = c.distinctValues() > 1 ? c.distinctValues() + " values (rotated)"
                : "1 value (never rotated)";
        flags.setText(c.name() + ": " + rotation + ", " + (c.current() == null ? "no longer in the jar" : "in the jar")
                + "\n" + CookieHistory.flags(c.latest())
                + (c.flagProblems().isEmpty() ? "" : "\nMissing: " + String.join(", ", c.flagProblems())));
    }

    private static TableColumn<CookieHistory, String> col(String name, Function<CookieHistory, String> f, double em) {
        TableColumn<CookieHistory, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        c.setPrefWidth(em * 12);
        return c;
    }

    private static TableColumn<CookieHistory.Change, String> hcol(String name,
            Function<CookieHistory.Change, String> f, double em) {
        TableColumn<CookieHistory.Change, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        c.setPrefWidth(em * 12);
        return c;
    }
}
