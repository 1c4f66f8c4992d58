package dev.sessioninspector.ui.probes;

import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.ProbeVerdict;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One probe in the probes view: what it does, a run button, progress, the verdict chip and what was sent. */
final class ProbeRow extends VBox {
    final ProbeKind kind;
    final Button run = new Button("Run");
    final HBox extra = new HBox();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label chip = new Label("not run");
    private final Label detail = new Label();
    private final VBox sent = new VBox();

    ProbeRow(ProbeKind kind, String title, String explanation) {
        this.kind = kind;
        getStyleClass().add("probe-row");
        setId("probe-" + kind.name().toLowerCase().replace('_', '-'));
        Label name = new Label(title);
        name.getStyleClass().add("probe-title");
        Label explain = new Label(explanation);
        explain.getStyleClass().add("probe-explain");
        explain.setWrapText(true);
        VBox text = new VBox(name, explain);
        HBox.setHgrow(text, Priority.ALWAYS);
        run.getStyleClass().add("probe-run");
        run.setDefaultButton(false);
        progress.setVisible(false);
        progress.setManaged(false);
        progress.setPrefSize(22, 22);
        chip.getStyleClass().addAll("chip", "chip-idle", "probe-chip");
        extra.setAlignment(Pos.CENTER_LEFT);
        extra.setSpacing(6);
        HBox head = new HBox(12, text, extra, progress, chip, run);
        head.setAlignment(Pos.CENTER_LEFT);
        detail.getStyleClass().add("probe-detail");
        detail.setWrapText(true);
        detail.setManaged(false);
        detail.setVisible(false);
        sent.getStyleClass().add("probe-sent-list");
        getChildren().addAll(head, detail, sent);
        setFillWidth(true);
        setMinHeight(Region.USE_PREF_SIZE);
    }

    void running(boolean on) {
        progress.setVisible(on);
        progress.setManaged(on);
        if (on) {
            setChip("running", "chip-running");
        }
    }

    void result(ProbeVerdict verdict, String text, java.util.List<String> lines) {
        if (verdict == null) {
            setChip("no result", "chip-inconclusive");
        } else {
            switch (verdict) {
                case VULNERABLE -> setChip("vulnerable", "chip-vulnerable");
                case SAFE -> setChip("safe", "chip-safe");
                default -> setChip("inconclusive", "chip-inconclusive");
            }
        }
        detail.setText(text);
        detail.setVisible(!text.isBlank());
        detail.setManaged(!text.isBlank());
        sent.getChildren().clear();
        for (String line : lines) {
            Label l = new Label("→ " + line);
            l.getStyleClass().add("probe-sent");
            l.setWrapText(true);
            sent.getChildren().add(l);
        }
    }

    String chipText() {
        return chip.getText();
    }

    String detailText() {
        return detail.getText();
    }

    private void setChip(String text, String style) {
        chip.setText(text);
        chip.getStyleClass().removeIf(c -> c.startsWith("chip-"));
        chip.getStyleClass().add(style);
    }
}
