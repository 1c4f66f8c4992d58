package dev.sessioninspector.ui.findings;

import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.analysis.Rule;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.Severity;
import dev.sessioninspector.ui.state.InspectorState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Findings tab: a summary bar ("2 high, 1 medium · 9 pass"), the findings grouped by severity, and the
 * selected finding's explanation, its evidence (selecting the finding selects those exchanges everywhere;
 * an evidence line selects just its exchange) and the fix for the detected framework.
 */
public final class FindingsView extends BorderPane {
    private final InspectorState state;
    private final Label summary = new Label("Not analysed yet: record a session, or open one.");
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("findings"));
    private final Label title = new Label();
    private final Label meaning = new Label();
    private final Label fix = new Label();
    private final Label refs = new Label();
    private final ListView<Evidence> evidence = new ListView<>();

    public FindingsView(InspectorState state) {
        this.state = state;
        getStyleClass().add("findings-view");
        setId("findings-view");
        summary.setId("findings-summary");
        summary.getStyleClass().add("findings-summary");
        HBox bar = new HBox(summary);
        bar.getStyleClass().add("view-toolbar");
        setTop(bar);

        tree.setId("findings-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new FindingCell());
        evidence.setId("finding-evidence");
        evidence.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        evidence.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Evidence item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : "#" + item.exchange() + "  " + item.detail());
            }
        });
        evidence.setPrefHeight(120);
        title.setId("finding-title");
        title.getStyleClass().add("finding-title");
        for (Label l : List.of(title, meaning, fix, refs)) {
            l.setWrapText(true);
        }
        meaning.setId("finding-meaning");
        fix.setId("finding-fix");
        fix.getStyleClass().add("finding-fix");
        refs.getStyleClass().add("muted");
        VBox detail = new VBox(8, title, meaning, heading("Evidence (click to select the exchange)"), evidence,
                heading("How to fix"), fix, refs);
        detail.getStyleClass().add("finding-detail");
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(tree, scroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.42);
        setCenter(split);

        tree.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> selected(now));
        evidence.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                state.selectExchanges(List.of(now.exchange()));
            }
        });
        state.analysisProperty().addListener(o -> rebuild());
        rebuild();
    }

    public TreeView<Object> tree() {
        return tree;
    }

    public Label summary() {
        return summary;
    }

    public ListView<Evidence> evidenceList() {
        return evidence;
    }

    /** "2 high, 1 medium" (most severe first), or "no findings". */
    public static String summaryOf(List<Finding> findings) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        for (Severity s : List.of(Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO)) {
            if (counts.containsKey(s)) {
                parts.add(counts.get(s) + " " + s.id());
            }
        }
        return parts.isEmpty() ? "no findings" : String.join(", ", parts);
    }

    private void rebuild() {
        AnalysisResult a = state.analysis();
        TreeItem<Object> root = tree.getRoot();
        root.getChildren().clear();
        showFinding(null);
        if (a == null) {
            summary.setText("Not analysed yet: record a session, or open one.");
            return;
        }
        summary.setText(summaryOf(a.findings()) + "  ·  " + a.count(CheckStatus.PASS) + " pass, "
                + a.count(CheckStatus.FAIL) + " fail, " + a.count(CheckStatus.INCONCLUSIVE) + " inconclusive, "
                + a.count(CheckStatus.SKIPPED) + " skipped  ·  framework: " + a.framework().displayName()
                + (a.sessionCookieNames().isEmpty() ? "" : "  ·  session cookie: " + a.sessionCookieNames().get(0)));
        summary.getStyleClass().removeAll("worst-high", "worst-medium", "worst-low", "worst-info");
        a.worst().ifPresent(w -> summary.getStyleClass().add("worst-" + w.id()));
        List<Finding> sorted = a.findings().stream()
                .sorted(Comparator.comparing(Finding::severity).reversed()).toList();
        Severity current = null;
        TreeItem<Object> group = null;
        for (Finding f : sorted) {
            if (f.severity() != current) {
                current = f.severity();
                group = new TreeItem<>(current);
                group.setExpanded(true);
                root.getChildren().add(group);
            }
            group.getChildren().add(new TreeItem<>(f));
        }
        if (sorted.isEmpty()) {
            root.getChildren().add(new TreeItem<>("No findings: every rule that could run passed."));
        }
    }

    private void selected(TreeItem<Object> item) {
        if (item != null && item.getValue() instanceof Finding f) {
            showFinding(f);
            state.selectExchanges(f.evidence().stream().map(Evidence::exchange).toList());
        } else {
            showFinding(null);
        }
    }

    private void showFinding(Finding f) {
        if (f == null) {
            title.setText("Select a finding to see its evidence and the fix.");
            meaning.setText("");
            fix.setText("");
            refs.setText("");
            evidence.setItems(FXCollections.observableArrayList());
            return;
        }
        title.setText(f.severity().id().toUpperCase(Locale.ROOT) + "  " + f.title()
                + (f.cookie() == null ? "" : "  (cookie " + f.cookie() + ")"));
        String description = state.analysis() == null ? "" : state.analysis().rule(f.rule())
                .map(Rule::description).orElse("");
        String check = state.analysis() == null ? "" : state.analysis().check(f.rule())
                .map(c -> c.detail()).orElse("");
        meaning.setText(f.rule() + ": " + description + (check.isBlank() ? "" : "\n" + check));
        fix.setText(f.remediation().isBlank() ? "(no remediation text)" : unwrap(f.remediation()));
        refs.setText(f.references().isEmpty() ? "" : "References: " + String.join(", ", f.references()));
        evidence.setItems(FXCollections.observableArrayList(f.evidence()));
    }

    /** Joins hard-wrapped lines into paragraphs (the label wraps to its own width). */
    static String unwrap(String text) {
        return text.replaceAll("(?<!\n)\n(?!\n)", " ");
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-heading");
        return l;
    }

    /** A severity group header or a finding, with its severity colour. */
    private static final class FindingCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("severity-high", "severity-medium", "severity-low", "severity-info",
                    "severity-group");
            if (empty || item == null) {
                setText(null);
            } else if (item instanceof Severity s) {
                setText(s.id().toUpperCase(Locale.ROOT) + " (" + getTreeItem().getChildren().size() + ")");
                getStyleClass().addAll("severity-group", "severity-" + s.id());
            } else if (item instanceof Finding f) {
                setText(f.title() + (f.cookie() == null ? "" : " · " + f.cookie()) + "  [" + f.evidence().size()
                        + " exchange" + (f.evidence().size() == 1 ? "" : "s") + "]");
                getStyleClass().add("severity-" + f.severity().id());
            } else {
                setText(item.toString());
            }
        }
    }
}
